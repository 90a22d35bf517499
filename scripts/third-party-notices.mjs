/**
 * The licence texts of the packages the extension ships (package.json
 * `dependencies`), gathered into THIRD-PARTY-NOTICES.txt beside the manifest:
 * Apache-2.0 (Readability, OpenCC's dictionaries in opencc-js) asks for its
 * text to travel with the code.
 */
import { readdir, readFile } from 'node:fs/promises';

/** The notices file's text for the packages in `root`'s package.json dependencies. */
export async function thirdPartyNotices(root) {
  const { dependencies } = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
  const parts = ['Liseuse ships code and data of these packages, under their own licences.\n'];
  for (const name of Object.keys(dependencies).sort()) {
    const dir = `${root}node_modules/${name}`;
    const { version, license } = JSON.parse(await readFile(`${dir}/package.json`, 'utf8'));
    const files = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile() && /^(licen[cs]e|notice|third_party_licenses)/i.test(e.name))
      .map((e) => e.name)
      .sort();
    if (!files.length) throw new Error(`${name} ships no licence file: add its text by hand`);
    parts.push(`${'='.repeat(78)}\n${name} ${version} (${license})\n${'='.repeat(78)}`);
    for (const f of files) parts.push(`--- ${f} ---\n${(await readFile(`${dir}/${f}`, 'utf8')).trim()}\n`);
  }
  return `${parts.join('\n')}\n`;
}
