#!/usr/bin/env node
import { main } from "@impsci/cli";

void main();
