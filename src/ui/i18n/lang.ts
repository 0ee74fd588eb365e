// The UI's languages, in a module of their own so that the engine-sentence tables and the locale can both name
// them without importing each other.
export type Lang = 'fi' | 'en';
