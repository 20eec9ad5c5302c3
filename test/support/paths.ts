import { fileURLToPath } from 'node:url';

export const ROOT_URL = new URL('../../', import.meta.url);
export const ROOT = fileURLToPath(ROOT_URL);
