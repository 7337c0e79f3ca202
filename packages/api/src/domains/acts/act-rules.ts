import { ACT_NATURE_LABELS } from '../../shared/labels.js';
import { ActNature, ActStatus, PublicationDecision } from './act.enums.js';

/**
 * Pastell POD → decision. 3 publish, 1 do not publish, 2 and 0 undecided; missing or empty:
 * default by nature (1, 2, 5 publish; 3, 6 do not; 4, 7 undecided). Individual acts are never
 * published automatically, whatever POD says.
 */
export function decisionFor(pod: string | number | null | undefined, nature: ActNature) {
  const raw = pod === null || pod === undefined ? '' : String(pod).trim();
  let decision: PublicationDecision;
  if (raw === '3') {
    decision = PublicationDecision.PUBLISH;
  } else if (raw === '1') {
    decision = PublicationDecision.DO_NOT_PUBLISH;
  } else if (raw === '2' || raw === '0') {
    decision = PublicationDecision.UNDECIDED;
  } else {
    decision = defaultDecision(nature);
  }
  if (nature === ActNature.INDIVIDUAL && decision === PublicationDecision.PUBLISH) {
    decision = PublicationDecision.UNDECIDED;
  }
  return decision;
}

export function defaultDecision(nature: ActNature): PublicationDecision {
  switch (nature) {
    case ActNature.DELIBERATION:
    case ActNature.REGULATORY:
    case ActNature.BUDGET:
      return PublicationDecision.PUBLISH;
    case ActNature.INDIVIDUAL:
    case ActNature.OTHER:
      return PublicationDecision.DO_NOT_PUBLISH;
    case ActNature.CONTRACT:
    case ActNature.OUTSIDE_CONTROL:
      return PublicationDecision.UNDECIDED;
  }
}

export function statusFor(decision: PublicationDecision): ActStatus {
  switch (decision) {
    case PublicationDecision.PUBLISH:
      return ActStatus.PUBLISHED;
    case PublicationDecision.DO_NOT_PUBLISH:
      return ActStatus.NOT_PUBLISHED;
    case PublicationDecision.UNDECIDED:
      return ActStatus.TO_DECIDE;
  }
}

/**
 * The rule that gave a deposited act its decision, in French, for its history: the choice
 * transmitted by Pastell, or the default of its nature when none was.
 */
export function decisionRule(pod: string | number | null | undefined, nature: ActNature): string {
  const raw = pod === null || pod === undefined ? '' : String(pod).trim();
  const decision = decisionFor(pod, nature);
  const outcome =
    decision === PublicationDecision.PUBLISH
      ? 'publier'
      : decision === PublicationDecision.DO_NOT_PUBLISH
        ? 'ne pas publier'
        : 'à statuer';
  if (['0', '1', '2', '3'].includes(raw)) {
    const individual =
      nature === ActNature.INDIVIDUAL && raw === '3'
        ? ' (un acte individuel n’est jamais publié automatiquement)'
        : '';
    return `choix transmis par Pastell (publication_open_data = ${raw}) : ${outcome}${individual}`;
  }
  return `aucun choix transmis : règle par défaut pour la nature « ${ACT_NATURE_LABELS[nature]} » : ${outcome}`;
}
