export declare const root: string;
export declare function needsInstall(): boolean;
export declare function needsPrismaGenerate(): boolean;
export declare function sourceHash(): string;
export declare function needsBuild(hash: string): boolean;
export declare function recordBuild(hash: string): void;
export declare function resolveNextAuthSecret(env: Record<string, string | undefined>): { secret: string; generated: boolean } | null;
export declare function resolveNextAuthUrl(env: Record<string, string | undefined>, port: string): string;
