import { errorCode } from '../node/errorCode';

/** A file that cannot be found or read: reported in one line (never a stack trace), exit code 2. */
export class InputError extends Error {}

/** One line for an fs error met while READING `path`, in words rather than errno codes. */
export function describeFsError(path: string, error: unknown): string {
  const code = errorCode(error);
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

/** One line for an fs error met while WRITING `path`: a failed write is never reported as a file that cannot be read. */
export function describeWriteError(path: string, error: unknown): string {
  const code = errorCode(error);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied (the file cannot be written)`;
    case 'ENOSPC':
      return `${path}: cannot be written, the disk is full`;
    case 'EROFS':
      return `${path}: cannot be written, the file system is read-only`;
    case 'EISDIR':
      return `${path}: cannot be written, it is a directory`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `${path}: cannot be written, its folder does not exist`;
    default:
      return `${path}: cannot be written (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/** One line for a problem with the folder exports go to (--out-dir), never blamed on the posting. */
export function describeOutDirError(folder: string, error: unknown): string {
  const code = errorCode(error);
  switch (code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return `--out-dir ${folder}: the output folder is a file (or lies under one); name a folder`;
    case 'EACCES':
    case 'EPERM':
      return `--out-dir ${folder}: permission denied (the output folder cannot be created or written)`;
    default:
      return `--out-dir ${folder}: the output folder cannot be created (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
