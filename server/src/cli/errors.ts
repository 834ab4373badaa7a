/** A file that cannot be found or read: reported in one line (never a stack trace), exit code 2. */
export class InputError extends Error {}

/** One line for an fs error, in words rather than errno codes. */
export function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${path}: no such file`;
    case 'EISDIR':
      return `${path} is a directory; name the files, or quote a glob such as "${path.replace(/\/$/, '')}/**/*.yaml"`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied (the file cannot be read)`;
    case 'ENOTDIR':
      return `${path}: a part of the path is not a directory`;
    default:
      return `${path}: cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
