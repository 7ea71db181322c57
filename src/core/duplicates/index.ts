/** Cross-team duplicate-work detection: the public surface for use cases and hosts. */
export { DuplicateCandidate, type DuplicateCandidateInput } from './candidate';
export { DuplicateIndex, DuplicateQuery, FindDuplicatesOptions, type DuplicateMatch } from './duplicate-index';
export { BACKGROUND_SIZE, DEFAULT_THRESHOLDS, DuplicateDecision, DuplicateThresholds, UNCALIBRATED_STAND_OUT, decide, standOutOf } from './decision';
export { CalibrationScope, FLAG_CALIBRATION, FlagCalibration, standOutForBudget } from './flag-calibration';
export { DuplicateScope, type DuplicateScopeInput } from './scope';
export { SerialisedIndex, deserialiseIndex, serialiseIndex } from './serialise';
export { extractAssetReferences, normaliseUrl } from './asset-references';
export { tokenise, type Token } from './tokenise';
