/** Cards on the home page at first, and added by each “Show more”. */
export const PAGE_SIZE = 20;
