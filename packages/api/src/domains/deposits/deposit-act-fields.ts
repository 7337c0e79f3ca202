import {
  describeClassification,
  storedClassificationLabel,
} from '../../shared/actes-nomenclature.js';
import { NATURE_BY_CODE } from '../acts/act.enums.js';
import type { Act } from '../acts/act.entity.js';
import type { ParsedDepositInfo, StoredFile } from './deposit-prep.js';

/** What a deposit says about its act (subject, nature, classification…). */
export function depositFields(parsed: ParsedDepositInfo) {
  const meta = parsed.deposit;
  const cls = meta.classificationCode ? describeClassification(meta.classificationCode) : null;
  return {
    number: meta.number,
    date: meta.date,
    prefectureAckDate: meta.prefectureAckDate,
    subject: meta.subject,
    nature: NATURE_BY_CODE[meta.nature]!,
    natureDetail: meta.natureDetail,
    classificationCode: cls?.code ?? null,
    classificationLabel: cls ? storedClassificationLabel(cls.code, meta.classificationLabel) : null,
    classificationUnknown: !!cls && !cls.known,
    contentSha256: parsed.zipSha256,
  };
}

export function documentFields(act: Act, s: StoredFile, position: number) {
  return {
    act,
    fileName: s.file.fileName,
    mediaType: s.file.mediaType,
    size: s.file.size,
    sha256: s.file.sha256,
    storageKey: s.key,
    annex: !s.file.main,
    position,
    extractedText: null,
  };
}
