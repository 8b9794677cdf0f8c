import { motionTitlesOf } from '@braid/governance';
import { RequestContext } from '@braid/kernel';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LedgerSource } from './chart-of-accounts';
import { LedgerTransaction } from './ledger-transaction.entity';

/** The memos Braid writes itself, which a client can say in its reader's language. */
export enum LedgerMemoKind {
  /** A passed funding motion committed the grant's award. */
  GRANT_COMMITMENT = 'GRANT_COMMITMENT',
  /** A tranche of a grant was released. */
  TRANCHE_RELEASE = 'TRANCHE_RELEASE',
}
registerEnumType(LedgerMemoKind, { name: 'LedgerMemoKind' });

@ObjectType({
  description:
    'What a memo Braid wrote itself says, as names a client can put into its own sentence; the memo text is the English of it.',
})
export class LedgerMemo {
  @Field(() => LedgerMemoKind)
  kind: LedgerMemoKind;

  @Field({ description: "The grant's title." })
  grantTitle: string;

  @Field(() => String, {
    nullable: true,
    description: 'For a commitment: the title of the motion that approved the grant.',
  })
  motionTitle: string | null;

  @Field(() => Int, { nullable: true, description: "For a release: the tranche's number within the grant." })
  trancheNumber: number | null;
}

const KIND: Partial<Record<LedgerSource, LedgerMemoKind>> = {
  [LedgerSource.GRANT_COMMITMENT]: LedgerMemoKind.GRANT_COMMITMENT,
  [LedgerSource.DISBURSEMENT_RELEASE]: LedgerMemoKind.TRANCHE_RELEASE,
};

/**
 * The structured memo of a transaction whose memo Braid composed (a commitment or a release), or
 * null where a person wrote the memo (a reason, a note on a contribution). The names of a page's
 * transactions come in one query, through the grant (and its motion and tranche) the transaction
 * already belongs to: whoever may read the transaction reads the names its memo always carried.
 */
export async function loadLedgerMemo(
  ctx: RequestContext,
  transaction: LedgerTransaction,
): Promise<LedgerMemo | null> {
  const kind = KIND[transaction.source];
  if (!kind || !transaction.grantId) return null;
  const names = await ctx
    .loader<string, { grantTitle: string; motionTitle: string | null; trancheNumber: number | null } | null>(
      'ledgerTransaction.memoNames',
      async (ids) => {
        const rows: {
          id: string;
          grantTitle: string;
          motionId: string;
          trancheNumber: number | null;
        }[] = await ctx.em
          .createQueryBuilder(LedgerTransaction, 'tx')
          .innerJoin('tx.grant', 'award')
          .leftJoin('tx.disbursement', 'tranche')
          .select('tx.id', 'id')
          .addSelect('award.title', 'grantTitle')
          .addSelect('award.approvingMotionId', 'motionId')
          .addSelect('tranche.sequence', 'trancheNumber')
          .where('tx.id IN (:...ids)', { ids: [...ids] })
          .getRawMany();
        // The motion's title is governance's to read: one more statement for the whole batch.
        const titles = await motionTitlesOf(ctx, [...new Set(rows.map((row) => row.motionId))]);
        const byId = new Map(
          rows.map(({ motionId, ...row }) => [row.id, { ...row, motionTitle: titles.get(motionId) ?? null }]),
        );
        return ids.map((id) => byId.get(id) ?? null);
      },
    )
    .load(transaction.id);
  if (!names) return null;
  return {
    kind,
    grantTitle: names.grantTitle,
    motionTitle: kind === LedgerMemoKind.GRANT_COMMITMENT ? names.motionTitle : null,
    trancheNumber: kind === LedgerMemoKind.TRANCHE_RELEASE ? names.trancheNumber : null,
  };
}
