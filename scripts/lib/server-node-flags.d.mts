export const SERVER_V8_FLAGS: string[];
export function serverNodeFlags(execPath?: string, flags?: string[]): string[];
