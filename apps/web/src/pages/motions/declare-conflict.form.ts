import { all, maxLength, required, type Rule } from '../../forms/rules';

export interface DeclareConflictValues {
  seatId: string;
  reason: string;
}

/** The API's limits (libs/governance/src/motions/dto/motion.inputs.ts, DeclareConflictInput). */
export const CONFLICT_REASON_MAX_LENGTH = 2000;

export const declareConflictRules: { [K in keyof DeclareConflictValues]?: Rule<DeclareConflictValues[K]> } = {
  seatId: required,
  reason: all(required, maxLength(CONFLICT_REASON_MAX_LENGTH)),
};
