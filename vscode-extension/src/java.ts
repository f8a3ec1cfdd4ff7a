import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The server is compiled for Java 17 (Xtext 2.42 requires it). */
export const REQUIRED_JAVA = 17;

/** Where a Java installation was found, so that error messages can say which one was tried. */
export type JavaSource = "the setting 'wfa.java.home'" | "the environment variable 'JAVA_HOME'" | "the 'PATH'";

export interface JavaRuntime {
  executable: string;
  source: JavaSource;
  version: number;
}

export class JavaNotFoundError extends Error {}

/**
 * Finds the Java to run the server with, in order of precedence: the 'wfa.java.home' setting,
 * then JAVA_HOME, then 'java' on the PATH. A configured folder that has no 'bin/java' is an
 * error rather than a silent fall-through, since the user chose it deliberately.
 */
export async function findJava(configuredHome: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<JavaRuntime> {
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  let executable: string;
  let source: JavaSource;
  if (configuredHome && configuredHome.trim() !== '') {
    source = "the setting 'wfa.java.home'";
    executable = path.join(configuredHome.trim(), 'bin', exe);
    if (!existsSync(executable)) {
      throw new JavaNotFoundError(`${source} is '${configuredHome}', but '${executable}' does not exist: ` +
        `expected the folder of a Java ${REQUIRED_JAVA}+ installation (the one containing 'bin/${exe}').`);
    }
  } else if (env.JAVA_HOME && existsSync(path.join(env.JAVA_HOME, 'bin', exe))) {
    source = "the environment variable 'JAVA_HOME'";
    executable = path.join(env.JAVA_HOME, 'bin', exe);
  } else {
    source = "the 'PATH'";
    executable = exe;
  }
  const version = await javaVersion(executable, source);
  if (version < REQUIRED_JAVA) {
    throw new JavaNotFoundError(`The WFA language server needs Java ${REQUIRED_JAVA} or newer, but '${executable}' ` +
      `(from ${source}) is Java ${version}. Install Java ${REQUIRED_JAVA}+ and set 'wfa.java.home' to its folder.`);
  }
  return { executable, source, version };
}

/** Runs 'java -version' (which prints to standard error) and returns the feature release. */
function javaVersion(executable: string, source: JavaSource): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile(executable, ['-version'], { timeout: 15000 }, (error, stdout, stderr) => {
      if (error) {
        reject(new JavaNotFoundError(`Could not run '${executable} -version' (Java from ${source}): ${error.message}. ` +
          `Install Java ${REQUIRED_JAVA}+ and set 'wfa.java.home' to its folder (or set 'JAVA_HOME').`));
        return;
      }
      const version = parseJavaVersion(`${stderr}\n${stdout}`);
      if (version === undefined) {
        reject(new JavaNotFoundError(`'${executable} -version' (Java from ${source}) printed no version that could be read: ` +
          `'${stderr.trim().split('\n')[0] ?? ''}'. Expected a line like 'openjdk version "17.0.2"'. Set 'wfa.java.home' to a Java ${REQUIRED_JAVA}+ folder.`));
        return;
      }
      resolve(version);
    });
  });
}

/** '1.8.0_392' is Java 8; '17.0.2', '21' and '22-ea' are 17, 21 and 22. */
export function parseJavaVersion(output: string): number | undefined {
  const match = /version\s+"(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!match) {
    return undefined;
  }
  const major = Number(match[1]);
  return major === 1 && match[2] !== undefined ? Number(match[2]) : major;
}

/**
 * The command (with its arguments) that shows the 'wfa.java.home' setting. The setting is
 * machine-scoped: in a remote window (code-server, SSH, WSL, containers; 'remoteName' set) VS Code
 * reads it from the remote machine's settings only, and the user settings find no such setting,
 * so the remote settings are opened there.
 */
export function javaHomeSettingsCommand(remoteName: string | undefined): { command: string; args: unknown[] } {
  return remoteName
    ? { command: 'workbench.action.openRemoteSettings', args: [{ query: 'wfa.java.home' }] }
    : { command: 'workbench.action.openSettings', args: ['wfa.java.home'] };
}
