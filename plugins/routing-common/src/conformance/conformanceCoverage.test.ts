import fs from 'node:fs';
import path from 'node:path';
import { conformanceTables, suiteTestOf } from './cases/conformanceTables';
import type { ConformanceProfile } from './cases/types';

const README = path.resolve(__dirname, '../../../../README.md');

/** One `### PROFILE…: n of m tests` block of the README's conformance section. */
interface CoverageBlock {
  heading: string;
  profile: string;
  claimedCovered: number;
  claimedTotal: number;
  covered: string[];
  notCovered: string[];
}

function conformanceSection(markdown: string) {
  const start = markdown.indexOf('\n## Gateway API conformance\n');
  if (start < 0)
    throw new Error('README has no "Gateway API conformance" section');
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

const backticked = (text: string) =>
  [...text.matchAll(/`([^`]+)`/g)].map(m => m[1]);

function parseBlock(block: string): CoverageBlock {
  const [heading, ...lines] = block.split('\n');
  const claim = heading.match(
    /^((?:GATEWAY|MESH)-[A-Z]+)\b.*: (\d+) of (\d+) tests?\b/,
  );
  if (!claim) throw new Error(`Unreadable coverage heading: ### ${heading}`);
  const coveredParagraph = lines
    .join('\n')
    .split('\n\n')
    .map(paragraph => paragraph.trim())
    .find(paragraph => paragraph.startsWith('Covered: '));
  // The list ends at the paragraph's first full stop; what follows may name tests as well.
  const covered = backticked(coveredParagraph?.split(/\.\s/)[0] ?? '');
  const notCovered = lines
    .filter(l => l.startsWith('| `'))
    .map(l => backticked(l.split('|')[1])[0]);
  return {
    heading,
    profile: claim[1],
    claimedCovered: Number(claim[2]),
    claimedTotal: Number(claim[3]),
    covered,
    notCovered,
  };
}

const blocks = conformanceSection(fs.readFileSync(README, 'utf8'))
  .split('\n### ')
  .slice(1)
  .map(parseBlock);

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

describe("the README's conformance coverage", () => {
  it.each(Object.keys(conformanceTables) as ConformanceProfile[])(
    'lists as covered exactly the tests of the %s tables',
    profile => {
      const listed = blocks
        .filter(b => b.profile === profile)
        .flatMap(b => b.covered);
      expect(sorted(listed)).toEqual(
        sorted(conformanceTables[profile].map(suiteTestOf)),
      );
    },
  );

  it.each(blocks.map(b => [b.heading, b] as const))(
    '"%s" counts what it lists, and lists no test as both covered and not',
    (_heading, block) => {
      expect({
        covered: block.covered.length,
        total: block.covered.length + block.notCovered.length,
        both: block.covered.filter(t => block.notCovered.includes(t)),
      }).toEqual({
        covered: block.claimedCovered,
        total: block.claimedTotal,
        both: [],
      });
    },
  );
});
