export interface NativeKey {
  electronVersion: string;
  bs3Version: string;
  platform: string;
  arch: string;
}

export declare const OFFLINE_MESSAGE: string;
export declare const WEB_HOST_HINT: string;
export declare function nativeDirName(key: NativeKey): string;
export declare function nativePaths(repoRoot: string, key: NativeKey): { dir: string; binding: string; stamp: string };
export declare function isStampCurrent(stamp: unknown, key: NativeKey, bindingSha256: string | null): boolean;
export declare function scrubNpmConfig(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function offlineEvidence(output: string): string | null;
export declare function compiledAbi(message: string): number | null;
export declare function tail(output: string, lines?: number): string;
export declare function electronBinaryFile(
  electronDir: string,
  exists: (file: string) => boolean,
  readText: (file: string) => string,
): string | null;
