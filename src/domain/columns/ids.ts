/** Extra columns' ids (`x` + letters and digits) never collide with a built-in column's. */
export const isExtraColumnId = (id: string): boolean => /^x[a-z0-9]{1,20}$/.test(id)
