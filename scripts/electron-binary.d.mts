export function findElectronBinary(options?: { download?: boolean }): { path: string } | { reason: string };
export function electronVersion(): string;
