export const kpiMessages = {};
