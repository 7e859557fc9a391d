/**
 * How long a title may be when typed in a form. The stored schema (./schemas) allows more
 * for an indsats' title, so rows imported or restored from older backups stay valid; the
 * forms hold new typing to these, with a counter.
 */

/** An indsats' title ("Indsats"), as typed in Ny indsats and Rediger. */
export const INITIATIVE_TITLE_MAX = 1_000

/** An overview's title: the schema's own limit. */
export const OVERVIEW_TITLE_MAX = 300
