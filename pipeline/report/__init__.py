"""Reports for people: the HTML triple evaluation report and the CSV of triples."""
