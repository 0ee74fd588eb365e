// A whole-file problem from its code and message: the English sentence and the Msg behind it.
import { english, type Msg } from '../messages';
import type { FileProblem, FileProblemCode } from '../types';

export function fileProblem(code: FileProblemCode, m: Msg): FileProblem {
  return { code, message: english(m), msg: m };
}
