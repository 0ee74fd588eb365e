// The module worker: exposes the engine facade through comlink. All parsing and computing happens here.
import * as Comlink from 'comlink';
import { createEngine } from './api';

Comlink.expose(createEngine());
