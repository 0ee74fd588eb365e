export const budgetMessages = {};
