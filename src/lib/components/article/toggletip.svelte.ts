/** Which glossary toggletip is open: one at a time across the page. */
export const openTip = $state<{ id: string | null }>({ id: null });
