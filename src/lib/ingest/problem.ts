// A whole-file problem from its code and its sentence.
import type { Msg } from '../messages';
import type { FileProblem, FileProblemCode } from '../types';

export function fileProblem(code: FileProblemCode, message: Msg): FileProblem {
  return { code, message };
}
