/**
 * The portway command.
 *
 * @packageDocumentation
 */
import { Command, CommanderError } from 'commander';
import { exitCodes, UsageError } from './exitCodes';
import { CommandOutput } from './commands/types';
import { renderCommand, RenderOptions } from './commands/render';
import { analyzeCommand } from './commands/analyze';
import { migrateCommand, MigrateCommandOptions } from './commands/migrate';
import { convertMeshCommand } from './commands/convertMesh';

/** Builds the program; `write` receives what a command prints. */
export function createProgram(write: (output: CommandOutput) => void): Command {
  const program = new Command('portway')
    .description('Kubernetes service exposure: Gateway API, Istio and Ingress')
    .exitOverride()
    .configureOutput({ writeErr: text => process.stderr.write(text) });

  program
    .command('analyze')
    .description(
      'The Accepted and ResolvedRefs conditions and attachedRoutes a conformant Gateway API implementation would set',
    )
    .argument('<files...>', 'multi-document YAML files')
    .option('--json', 'print { routes, gateways, findings } as JSON')
    .action((files: string[], options: { json?: boolean }) =>
      write(analyzeCommand(files, options)),
    );

  program
    .command('migrate')
    .description(
      'Ingresses in, Gateway API objects out, with a note for everything not carried over',
    )
    .argument(
      '<files...>',
      'multi-document YAML files with Ingresses (and their Services)',
    )
    .option('--json', 'print { objects, notes } as JSON')
    .option(
      '--report',
      'print the Markdown report instead (the body of the pull request the portal opens)',
    )
    .option(
      '--gateway <NS/NAME[/SECTION]>',
      "attach the routes to this shared Gateway; when the files hold it, the ssl-redirect route goes to its plain-HTTP listener for the Ingresses' hosts",
    )
    .action((files: string[], options: MigrateCommandOptions) =>
      write(migrateCommand(files, options)),
    );

  program
    .command('convert-mesh')
    .description(
      'Mesh VirtualServices in, Gateway API mesh routes (GAMMA, experimental) out, with a note for every field that does not map',
    )
    .argument(
      '<files...>',
      'multi-document YAML files with VirtualServices (and their Services)',
    )
    .option('--json', 'print { objects, notes } as JSON')
    .action((files: string[], options: { json?: boolean }) =>
      write(convertMeshCommand(files, options)),
    );

  program
    .command('render')
    .description(
      'Render an exposure request (JSON or YAML) into the files it would add',
    )
    .argument('<request>', 'the exposure request file')
    .option('--json', 'print { ok, findings, files } as JSON')
    .option(
      '--state <files...>',
      "check it against a cluster dump: multi-document YAML of the request's cluster",
    )
    .option(
      '--policy <file>',
      'check it against an exposure policy: YAML with the hostnames and namespaces rules of routing.exposure.policy',
    )
    .option(
      '--owner <ref>',
      "an owner of the request's entity, for the policy's owner rules (repeatable; kind defaults to group)",
      (ref: string, refs: string[] = []) => [...refs, ref],
    )
    .action((file: string, options: RenderOptions) =>
      write(renderCommand(file, options)),
    );

  return program;
}

/**
 * Runs the command line and exits: 0 when nothing is wrong, 1 for error findings, 2 for
 * unreadable input or bad usage (one line on standard error, never a stack trace).
 */
export function main(argv: string[]): void {
  let exitCode: number = exitCodes.ok;
  const program = createProgram(output => {
    process.stdout.write(`${output.text}\n`);
    exitCode = output.exitCode;
  });
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      exitCode = error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    } else if (error instanceof UsageError) {
      process.stderr.write(`portway: ${error.message}\n`);
      exitCode = exitCodes.usage;
    } else {
      throw error;
    }
  }
  process.exitCode = exitCode;
}
