// The shared sample data lives beside the project (../shared), in every checkout and in CI.
import path from "node:path";

export const sharedDataFile = (name: string) => path.resolve(import.meta.dirname, "../../../shared/data", name);
export const SAMPLE_HISTORY = sharedDataFile("sample-history.jsonl.gz");
export const SAMPLE_TRUTH = sharedDataFile("sample-truth.json");
