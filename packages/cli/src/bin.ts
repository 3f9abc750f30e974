#!/usr/bin/env node
import { main } from "./run";

void main();
