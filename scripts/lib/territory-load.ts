/**
 * Loads the derived territory with its sources and notes (both files of geodata/build), for the
 * CLIs, scripts and tests that run in Node.
 */
import { dirname, join } from 'node:path';
import { readJson } from './geo-io.ts';
import {
  decodeTerritory,
  mergeTerritoryDetails,
  type TerritoryDetailsFile,
  type TerritoryFile,
} from '../../src/model/territory-file.ts';
import type { TerritoryData } from '../../src/model/territory.ts';

/** Read territory.json at `path` and the territory-details.json beside it, merged. */
export function loadTerritory(path: string): TerritoryData {
  const data = decodeTerritory(readJson<TerritoryFile>(path));
  mergeTerritoryDetails(data, readJson<TerritoryDetailsFile>(join(dirname(path), 'territory-details.json')));
  return data;
}
