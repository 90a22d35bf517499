/** The notices file's text for the packages in `root`'s package.json dependencies. */
export function thirdPartyNotices(root: string): Promise<string>;
