/** A row's height before it is measured (px): the virtualiser's estimate, and the space held below the first screenful while it loads. */
export const GROUP_ROW_ESTIMATE = 44
export const LEAF_ROW_ESTIMATE = 96
