export const SERVER_V8_FLAGS: string[];
export function serverNodeFlags(execPath?: string, flags?: string[]): string[];
export function extraServerNodeFlags(env?: Record<string, string | undefined>): string[];
