// The publications the built-in catalogue datasets cite. Facts only: authors, year, title, venue, DOI, and where
// in the source each fact stands.

/** Powell et al. 2015: the 73 ERIC strategies, their names and numbers. */
export const powell2015 = {
  authors: "Powell BJ, Waltz TJ, Chinman MJ, Damschroder LJ, Smith JL, Matthieu MM, Proctor EK, Kirchner JE",
  year: 2015,
  title:
    "A refined compilation of implementation strategies: results from the Expert Recommendations for Implementing Change (ERIC) project",
  source: "Implementation Science 10:21",
  doi: "10.1186/s13012-015-0209-1",
  locator: "Table 3",
  licence: "CC BY 4.0",
};

/** Waltz et al. 2015: the 9 concept-mapping clusters, and the importance and feasibility ratings. */
export const waltz2015 = {
  authors: "Waltz TJ, Powell BJ, Matthieu MM, Damschroder LJ, Chinman MJ, Smith JL, Proctor EK, Kirchner JE",
  year: 2015,
  title:
    "Use of concept mapping to characterize relationships among implementation strategies and assess their feasibility and importance: results from the Expert Recommendations for Implementing Change (ERIC) study",
  source: "Implementation Science 10:109",
  doi: "10.1186/s13012-015-0295-0",
  locator: "Table 1",
  licence: "CC BY 4.0",
};

/** Waltz 2015's go-zone quadrants for the strategies whose quadrant was read in a later report, not in Table 1. */
export const waltz2015GoZoneSecondary = {
  ...waltz2015,
  locator: "Go-zone quadrant, read in a secondary report: PubMed Central PMC11446052, Table 4",
  url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC11446052/",
};

/** Waltz et al. 2019: the CFIR-ERIC expert survey, whose table spells several ERIC names differently. */
export const waltz2019 = {
  authors: "Waltz TJ, Powell BJ, Fernández ME, Abadie B, Damschroder LJ",
  year: 2019,
  title:
    "Choosing implementation strategies to address contextual barriers: diversity in recommendations and future directions",
  source: "Implementation Science 14:42",
  doi: "10.1186/s13012-019-0892-4",
  locator: "Table 1 (variant spellings of strategy names)",
  licence: "CC BY 4.0",
};

/**
 * Dopp et al. 2019: reports ERIC mean importance ratings in its Table 1. The article's title is not recorded in
 * the project's reference data; the DOI identifies it.
 */
export const dopp2019 = {
  authors: "Dopp AR, et al.",
  year: 2019,
  title: "Title not recorded in the project's reference data: see the DOI",
  source: "Health Research Policy and Systems 17:1",
  doi: "10.1186/s12961-018-0403-0",
  locator: "Table 1, 'ERIC results' column (mean importance)",
};

/** Michie, van Stralen & West 2011: the Behaviour Change Wheel, its intervention functions and policy categories. */
export const michie2011 = {
  authors: "Michie S, van Stralen MM, West R",
  year: 2011,
  title: "The behaviour change wheel: a new method for characterising and designing behaviour change interventions",
  source: "Implementation Science 6:42",
  doi: "10.1186/1748-5908-6-42",
  locator: "Table 1",
  licence: "CC BY 2.0",
};
