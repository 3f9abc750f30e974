# Calling the impsci command from R and reading what it prints: CSV with read.csv, JSON with jsonlite, with base
# R's system2 or with processx, and the exit codes.
#
# Run from the root of a clone of the repository: Rscript examples/cli-from-r.R
# (needs the jsonlite and processx packages: install.packages(c("jsonlite", "processx"))).

# The command: `impsci` once the package is installed (npm install --global @impsci/cli). Set IMPSCI to run it
# another way, e.g. from a clone: IMPSCI="pnpm exec tsx --conditions=@impsci/source packages/cli/src/bin.ts"
impsci_cmd <- strsplit(Sys.getenv("IMPSCI", "impsci"), " ", fixed = TRUE)[[1]]

# With base R. system2 hands its arguments to a shell, so quote them (shQuote); its "status" attribute is the exit
# code, and is absent on success.
impsci <- function(...) {
  out <- suppressWarnings(system2(impsci_cmd[1], shQuote(c(impsci_cmd[-1], ...)), stdout = TRUE, stderr = FALSE))
  status <- attr(out, "status")
  if (!is.null(status)) stop("impsci exited with code ", status)
  paste(out, collapse = "\n")
}

# 1. The ranking as CSV: one row a strategy (rank, strategy, name, score, level1, level2, determinants).
ranked <- read.csv(text = impsci("match", "--determinants", "examples/fixtures/clinic-profile.csv",
                                 "--top", "3", "--format", "csv"))
print(ranked[, c("rank", "strategy", "score")], row.names = FALSE)

# 2. The explanations as CSV: with --explain, one row a contribution (a determinant's path to a strategy).
explained <- read.csv(text = impsci("match", "--determinants", "examples/fixtures/clinic-profile.csv",
                                    "--top", "3", "--explain", "--format", "csv"))
totals <- aggregate(weight ~ determinant, data = explained, FUN = sum)
print(totals[order(-totals$weight), ], row.names = FALSE)

# 3. The whole result as JSON. jsonlite turns the recommendations into a data frame; each row's contributions
#    are a data frame of their own.
result <- jsonlite::fromJSON(impsci("match", "--determinants", "examples/fixtures/cfir-barriers.csv",
                                    "--links", "cfir-eric-2019", "--mode", "cumulative", "--top", "3",
                                    "--format", "json"))
recs <- result$recommendations
print(data.frame(rank = recs$rank, name = recs$strategy$name, score = recs$score, level1 = recs$level1),
      row.names = FALSE)
cat("paths of the first:", sapply(recs$contributions[[1]]$path, paste, collapse = " > "), sep = "\n")
cat("warnings:", unique(result$warnings$code), "\n")
cat("link sets:", result$manifest$linkSets$id, "\n")

# 4. With processx: no shell in between, and standard error and the exit code come back as they are.
run <- processx::run(impsci_cmd[1], c(impsci_cmd[-1], "match", "--determinants",
                                      "examples/fixtures/bad-profile.csv", "--format", "csv"),
                     error_on_status = FALSE)
cat("exit code", run$status, "\n")
cat(strsplit(run$stderr, "\n", fixed = TRUE)[[1]][2], "\n")
