/** Longer input is cut: nobody types more, and it bounds the work a query can cause. */
export const MAX_QUERY_LENGTH = 100;
