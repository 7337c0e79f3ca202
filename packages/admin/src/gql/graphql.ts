/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** Nom affiché d’un nouveau compte. */
  displayName?: string | null | undefined;
  /** Exigé pour un nouveau compte. */
  password?: string | null | undefined;
  token: string;
};

/** Publier, dépublier, retirer de la file « À statuer » ou l’y remettre, supprimer (logiquement) ou restaurer. */
export type ActActionKind = 'DELETE' | 'HIDE' | 'PUBLISH' | 'RESTORE' | 'UNHIDE' | 'UNPUBLISH';

/** Nature ACTES : 1 délibération … 7 hors contrôle de légalité. */
export type ActNature =
  | 'BUDGET'
  | 'CONTRACT'
  | 'DELIBERATION'
  | 'INDIVIDUAL'
  | 'OTHER'
  | 'OUTSIDE_CONTROL'
  | 'REGULATORY';

export type ActOrder = {
  direction?: SortDirection;
  field: ActOrderField;
};

export type ActOrderField =
  'CREATED_AT' | 'DATE' | 'NATURE' | 'NUMBER' | 'PUBLISHED_AT' | 'STATUS' | 'SUBJECT';

export type ActSource = 'API' | 'DEPOSIT' | 'UPLOAD';

export type ActStatus = 'ERROR' | 'NOT_PUBLISHED' | 'PROCESSING' | 'PUBLISHED' | 'TO_DECIDE';

/** Filtres de la liste des actes (agents). */
export type ActsFilter = {
  /** Préfixe du code de classification (ex. « 1 » ou « 1.1 »). */
  classification?: string | null | undefined;
  dateFrom?: string | null | undefined;
  dateTo?: string | null | undefined;
  hidden?: boolean | null | undefined;
  natures?: Array<ActNature> | null | undefined;
  /** Date de publication, à partir de (AAAA-MM-JJ). */
  publishedFrom?: string | null | undefined;
  publishedTo?: string | null | undefined;
  siren?: string | null | undefined;
  status?: ActStatus | null | undefined;
  /** Texte cherché dans l’objet et le numéro. */
  text?: string | null | undefined;
};

export type AddMembershipInput = {
  /** Permission « hr » : voir les actes individuels (absente : inchangée, fausse pour une nouvelle adhésion). */
  hr?: boolean | null | undefined;
  role: Role;
  siren: string;
  userId: string;
};

/** PENDING : lecture en attente ; IMPORTED : lu ; FAILED : illisible (voir l’erreur). */
export type BudgetImportStatus = 'FAILED' | 'IMPORTED' | 'PENDING';

/** Étape budgétaire : budget primitif, budget supplémentaire, décision modificative, compte administratif, compte financier unique. */
export type BudgetStage = 'BP' | 'BS' | 'CA' | 'CFU' | 'DM';

/** Jeu de données du catalogue : DELIBERATIONS, BUDGETS, PROCUREMENT (marchés publics), ACT_FILES (liste des PDF des actes). */
export type CatalogKind = 'ACT_FILES' | 'BUDGETS' | 'DELIBERATIONS' | 'PROCUREMENT';

/** Métadonnées modifiables ; un champ vide revient à la valeur par défaut. */
export type CatalogMetadataInput = {
  description?: string | null | undefined;
  frequency?: string | null | undefined;
  keywords?: Array<string> | null | undefined;
  license?: string | null | undefined;
  title?: string | null | undefined;
};

/** Filtres des contrats (tous facultatifs, cumulés). */
export type ContractFilter = {
  amountMax?: number | null | undefined;
  amountMin?: number | null | undefined;
  /** Préfixe de code CPV (ex. « 45 »). */
  cpv?: string | null | undefined;
  /** Identifiant (SIRET…) d’un titulaire. */
  holder?: string | null | undefined;
  kind?: ContractKind | null | undefined;
  /** Nature, telle qu’écrite dans les DECP. */
  nature?: string | null | undefined;
  /** Procédure, telle qu’écrite dans les DECP. */
  procedure?: string | null | undefined;
  /** Texte libre (objet, identifiant). */
  text?: string | null | undefined;
  /** Année de notification. */
  year?: number | null | undefined;
};

export type ContractImportOrigin = 'FOLDER' | 'SOURCE' | 'UPLOAD';

/** SUCCESS : tout est importé ; PARTIAL : des enregistrements refusés ; FAILED : rien d’importé. */
export type ContractImportStatus = 'FAILED' | 'PARTIAL' | 'SUCCESS';

/** MARCHE : marché public ; CONCESSION : contrat de concession. */
export type ContractKind = 'CONCESSION' | 'MARCHE';

/** Source DECP (URL HTTPS de l’export du profil d’acheteur). */
export type ContractSourceInput = {
  active?: boolean | null | undefined;
  siren: string;
  url: string;
};

export type ContractSourceStatus = 'FAILED' | 'IMPORTED' | 'NEVER' | 'NOT_MODIFIED';

/** Acte créé à la main (hors télétransmission). */
export type CreateActInput = {
  classificationCode?: string | null | undefined;
  date: string;
  /** Nombre de fichiers principaux en tête de la liste ; les suivants sont des annexes (1 par défaut). */
  mainFileCount?: number | null | undefined;
  nature: ActNature;
  natureDetail?: string | null | undefined;
  number: string;
  prefectureAckDate?: string | null | undefined;
  /** Publier tout de suite (sinon : à statuer). */
  publish?: boolean | null | undefined;
  siren: string;
  subject: string;
};

export type CreateApiKeyInput = {
  /** Expiration (facultative). */
  expiresAt?: string | null | undefined;
  name: string;
  /** public:read, org:read, org:write. */
  scopes: Array<string>;
  /** SIREN des collectivités pour org:read / org:write. */
  sirens?: Array<string> | null | undefined;
};

export type CreateOrganizationInput = {
  name: string;
  siren: string;
  siret?: string | null | undefined;
};

/** Réglages de la publication vers data.gouv.fr (ou udata). */
export type DatagouvSettingsInput = {
  /** Nouvelle clé d’API (écriture seule : jamais renvoyée). Vide ou absente : inchangée. */
  apiKey?: string | null | undefined;
  /** Vrai : oublier la clé enregistrée. */
  clearApiKey?: boolean | null | undefined;
  /** Jeux laissés au moissonnage DCAT (jamais envoyés) : DELIBERATIONS, BUDGETS, PROCUREMENT, ACT_FILES. */
  harvestedKinds?: Array<string> | null | undefined;
  /** Publier par l’API (sinon : moissonnage). */
  pushEnabled?: boolean | null | undefined;
  /** Identifiant ou slug de l’organisation distante (vide : trouvée par SIRET). */
  remoteOrganization?: string | null | undefined;
  siren: string;
};

/** DELIBERATIONS : SCDL Délibérations 2.1.3 ; BUDGETS : SCDL Budget 0.8.1 ; DECP_JSON et DECP_XML : marchés publics DECP 2.0 (JSON format-commande-publique, XML XSD 2.0.2) ; ACT_FILES : liste annuelle des documents PDF des actes publiés (CSV). */
export type DatasetKind = 'ACT_FILES' | 'BUDGETS' | 'DECP_JSON' | 'DECP_XML' | 'DELIBERATIONS';

/** RUNNING : en cours ; SUCCEEDED : tout est publié ; PARTIAL : certains jeux ou fichiers ont échoué ; FAILED : rien n’a pu être publié. */
export type DatasetPushStatus = 'FAILED' | 'PARTIAL' | 'RUNNING' | 'SUCCEEDED';

/** VALID : fichier publié ; INVALID : rapport d’erreurs, l’ancien fichier reste ; MISSING_SIRET : pas de fichier. */
export type DatasetStatus = 'INVALID' | 'MISSING_SIRET' | 'VALID';

export type DepositStatus = 'DONE' | 'FAILED' | 'PROCESSING' | 'RECEIVED';

export type DepositsFilter = {
  /** Seulement les échecs ouverts (ni corrigés ni clos). */
  openFailures?: boolean | null | undefined;
  siren?: string | null | undefined;
  status?: DepositStatus | null | undefined;
};

/** Texte tiré de la couche texte du PDF, ou reconnu dans ses images (OCR). */
export type DocumentTextSource = 'OCR' | 'TEXT_LAYER';

export type InviteMemberInput = {
  displayName: string;
  email: string;
  /** Permission « hr » (fausse par défaut). */
  hr?: boolean | null | undefined;
  role: Role;
  siren: string;
};

/** ADDED : compte que vous voyez déjà (membre d’une de vos collectivités), ajouté tout de suite. INVITED : invitation envoyée, la personne rejoint la collectivité en suivant le lien reçu (que l’adresse ait un compte ou non : la réponse ne le dit pas). */
export type InviteOutcome = 'ADDED' | 'INVITED';

/** État d’une tâche en arrière-plan. */
export type JobState = 'COMPLETED' | 'FAILED' | 'QUEUED' | 'RUNNING';

/** Reconnaissance du texte : en attente, faite, ou en échec (raison dans ocrError). */
export type OcrStatus = 'DONE' | 'FAILED' | 'PENDING';

export type PublicationDecision = 'DO_NOT_PUBLISH' | 'PUBLISH' | 'UNDECIDED';

/** Ce que la publication a fait d’un jeu de données sur le catalogue distant. */
export type RemoteDatasetAction =
  'CREATED' | 'FAILED' | 'RECREATED' | 'SKIPPED' | 'UNCHANGED' | 'UPDATED';

/** Ce que la publication a fait d’un fichier (ressource) sur le catalogue distant. */
export type RemoteResourceAction =
  'CREATED' | 'DELETED' | 'FAILED' | 'REPLACED' | 'UNCHANGED' | 'UPDATED';

export type RemoveMembershipInput = {
  siren: string;
  userId: string;
};

export type ResetPasswordInput = {
  password: string;
  token: string;
};

export type Role = 'ADMIN' | 'EDITOR' | 'VIEWER';

/** Nouvel horaire d’une tâche planifiée. */
export type ScheduleInput = {
  /** Expression cron à 5 champs (minute heure jour mois jour-semaine). */
  cron: string;
  enabled: boolean;
  name: string;
};

export type SetPasswordInput = {
  /** Mot de passe actuel : exigé pour changer le sien. */
  currentPassword?: string | null | undefined;
  password: string;
  userId: string;
};

/** Résultat du dernier enrichissement Sirene. */
export type SireneSyncStatus =
  /** Échec (API injoignable, limite, clé refusée) : données conservées. */
  | 'FAILED'
  /** Jamais interrogé. */
  | 'NEVER'
  /** SIREN inconnu de l’Insee. */
  | 'NOT_FOUND'
  /** Enrichi. */
  | 'OK';

export type SortDirection = 'ASC' | 'DESC';

export type UpdateOrganizationInput = {
  name?: string | null | undefined;
  openDataActive?: boolean | null | undefined;
  publishAnnexes?: boolean | null | undefined;
  /** SIREN de la collectivité à modifier. */
  siren: string;
  /** Chaîne vide pour effacer le SIRET. */
  siret?: string | null | undefined;
};

/** Réglages du widget des actes (champs absents : inchangés). */
export type UpdateWidgetSettingsInput = {
  backgroundColor?: string | null | undefined;
  /** Classification ACTES, niveau 1 (« 7 ») ou 2 (« 7.1 ») ; le widget applique la première. */
  classifications?: Array<string> | null | undefined;
  dateFrom?: string | null | undefined;
  dateTo?: string | null | undefined;
  natures?: Array<ActNature> | null | undefined;
  /** Résultats par page : 5, 10, 15, 20 ou 30. */
  pageSize?: number | null | undefined;
  primaryColor?: string | null | undefined;
  siren: string;
  textColor?: string | null | undefined;
  /** Titre ; vide ou null : « Actes publiés de <collectivité> ». */
  title?: string | null | undefined;
  year?: number | null | undefined;
};

export type UserStatus = 'ACTIVE' | 'DISABLED';

export type JobsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  state?: JobState | null | undefined;
}>;

export type JobsQuery = {
  jobs: {
    totalCount: number;
    nodes: Array<{
      id: string;
      name: string;
      state: JobState;
      progress: number;
      message: string | null;
      siren: string | null;
      repeating: boolean;
      failCount: number;
      nextRunAt: string | null;
      lastRunAt: string | null;
      finishedAt: string | null;
    }>;
  };
};

export type AuditFeedQueryVariables = Exact<{
  siren?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AuditFeedQuery = {
  auditLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      action: string;
      actorLabel: string;
      targetType: string;
      targetId: string | null;
      before: string | null;
      after: string | null;
      createdAt: string;
    }>;
  };
};

export type SentMailsQueryVariables = Exact<{
  first: number;
}>;

export type SentMailsQuery = {
  sentMails: {
    toFiles: boolean;
    mails: Array<{ id: string; date: string; to: string; subject: string; text: string }>;
  };
};

export type ActDetailQueryVariables = Exact<{
  id: string;
}>;

export type ActDetailQuery = {
  act: {
    id: string;
    number: string;
    subject: string;
    date: string;
    prefectureAckDate: string | null;
    nature: ActNature;
    natureDetail: string | null;
    classificationCode: string | null;
    classificationLabel: string | null;
    classificationUnknown: boolean;
    publicationDecision: PublicationDecision;
    status: ActStatus;
    hidden: boolean;
    deleted: boolean;
    publishedAt: string | null;
    pastellId: string | null;
    source: ActSource;
    createdAt: string;
    updatedAt: string;
    organization: {
      id: string;
      siren: string;
      name: string;
      publishAnnexes: boolean;
      openDataActive: boolean;
    };
    documents: Array<{
      id: string;
      fileName: string;
      mediaType: string;
      size: number;
      sha256: string;
      annex: boolean;
      withheld: boolean;
      url: string | null;
      textSource: DocumentTextSource | null;
      ocrStatus: OcrStatus | null;
      ocrConfidence: number | null;
      ocrError: string | null;
    }>;
    budgetDocument: {
      id: string;
      status: BudgetImportStatus;
      stageLabel: string | null;
      year: number | null;
      establishmentName: string | null;
      lineCount: number;
      errorCode: string | null;
      errorMessage: string | null;
      warnings: Array<string>;
    } | null;
  } | null;
};

export type ActHistoryQueryVariables = Exact<{
  targetIds: Array<string> | string;
}>;

export type ActHistoryQuery = {
  auditLog: {
    totalCount: number;
    nodes: Array<{
      id: string;
      action: string;
      actorLabel: string;
      targetType: string;
      targetId: string | null;
      before: string | null;
      after: string | null;
      createdAt: string;
    }>;
  };
};

export type UpdateActSubjectMutationVariables = Exact<{
  id: string;
  subject: string;
}>;

export type UpdateActSubjectMutation = {
  updateActSubject: { id: string; subject: string; updatedAt: string };
};

export type SetAnnexWithheldMutationVariables = Exact<{
  documentId: string;
  withheld: boolean;
}>;

export type SetAnnexWithheldMutation = {
  setAnnexWithheld: { id: string; withheld: boolean; url: string | null };
};

export type RerunDocumentOcrMutationVariables = Exact<{
  documentId: string;
}>;

export type RerunDocumentOcrMutation = {
  rerunDocumentOcr: { id: string; ocrStatus: OcrStatus | null; ocrError: string | null };
};

export type ActRowFragment = {
  id: string;
  number: string;
  subject: string;
  date: string;
  nature: ActNature;
  natureDetail: string | null;
  status: ActStatus;
  hidden: boolean;
  publicationDecision: PublicationDecision;
  publishedAt: string | null;
  classificationCode: string | null;
  documents: Array<{ id: string; annex: boolean; withheld: boolean }>;
} & { ' $fragmentName'?: 'ActRowFragment' };

export type ActsQueryVariables = Exact<{
  filter?: ActsFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: ActOrder | null | undefined;
}>;

export type ActsQuery = {
  acts: {
    totalCount: number;
    nodes: Array<{ ' $fragmentRefs'?: { ActRowFragment: ActRowFragment } }>;
    highlights: Array<{ actId: string; subject: string | null; text: string | null }>;
  };
};

export type ApplyActActionMutationVariables = Exact<{
  action: ActActionKind;
  ids: Array<string> | string;
}>;

export type ApplyActActionMutation = {
  applyActAction: {
    jobId: string | null;
    updated: Array<{
      id: string;
      status: ActStatus;
      hidden: boolean;
      deleted: boolean;
      publishedAt: string | null;
    }>;
    failed: Array<{ id: string; code: string; message: string }>;
  };
};

export type ActChangedSubscriptionVariables = Exact<{
  siren: string;
}>;

export type ActChangedSubscription = {
  actChanged: { actId: string; siren: string; status: string; change: string; at: string };
};

export type CreateActMutationVariables = Exact<{
  input: CreateActInput;
  files: Array<File> | File;
}>;

export type CreateActMutation = { createAct: { id: string; number: string; status: ActStatus } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;

export type ResetPasswordMutation = { resetPassword: boolean };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;

export type InvitationPreviewQuery = {
  invitation: {
    email: string;
    displayName: string;
    organizationName: string;
    role: Role;
    hr: boolean;
    newAccount: boolean;
  } | null;
};

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;

export type AcceptInvitationMutation = {
  acceptInvitation: { email: string; organizationName: string };
};

export type ChangeMyPasswordMutationVariables = Exact<{
  input: SetPasswordInput;
}>;

export type ChangeMyPasswordMutation = { setPassword: { id: string } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type LoginMutation = {
  login: { token: string; expiresAt: string; user: { email: string; displayName: string } };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type AuthConfigQueryVariables = Exact<{ [key: string]: never }>;

export type AuthConfigQuery = { authConfig: { oidcEnabled: boolean; oidcLoginUrl: string | null } };

export type ExchangeLoginCodeMutationVariables = Exact<{
  code: string;
}>;

export type ExchangeLoginCodeMutation = {
  exchangeLoginCode: {
    token: string;
    expiresAt: string;
    user: { email: string; displayName: string };
  };
};

export type StaffBudgetDocumentsQueryVariables = Exact<{
  siren: string;
}>;

export type StaffBudgetDocumentsQuery = {
  staffBudgetDocuments: Array<{
    id: string;
    year: number | null;
    stage: BudgetStage | null;
    stageLabel: string | null;
    decisionNumber: number | null;
    siret: string | null;
    establishmentName: string | null;
    collectivityName: string | null;
    nomenclature: string | null;
    planYear: number | null;
    planFallback: boolean;
    sealedAt: string | null;
    decisionDate: string | null;
    lineCount: number;
    calculatedSkipped: number;
    encoding: string | null;
    mojibake: boolean;
    sourceFileName: string | null;
    status: BudgetImportStatus;
    errorCode: string | null;
    errorMessage: string | null;
    warnings: Array<string>;
    importedAt: string | null;
    csvUrl: string | null;
    act: { id: string; number: string; subject: string; date: string };
  }>;
  budgetDocuments: Array<{ id: string; superseded: boolean }>;
};

export type ReimportBudgetDocumentMutationVariables = Exact<{
  id: string;
}>;

export type ReimportBudgetDocumentMutation = { reimportBudgetDocument: string | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  me: {
    id: string;
    email: string;
    displayName: string;
    isPlatformAdmin: boolean;
    memberships: Array<{
      id: string;
      role: Role;
      hr: boolean;
      organization: { id: string; siren: string; name: string };
    }>;
  } | null;
};

export type OrganizationSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;

export type OrganizationSearchQuery = {
  organizations: { totalCount: number; nodes: Array<{ id: string; siren: string; name: string }> };
};

export type DashboardQueryVariables = Exact<{
  siren: string;
  depositSiren?: string | null | undefined;
  monthStart: string;
}>;

export type DashboardQuery = {
  toDecide: { totalCount: number };
  publishedThisMonth: { totalCount: number };
  failedDeposits: { totalCount: number };
  datasets: Array<{
    id: string;
    year: number;
    status: DatasetStatus;
    valid: boolean;
    rowCount: number;
  }>;
  recent: {
    nodes: Array<{
      id: string;
      action: string;
      actorLabel: string;
      targetType: string;
      targetId: string | null;
      createdAt: string;
    }>;
  };
};

export type CatalogMetadataQueryVariables = Exact<{
  siren: string;
}>;

export type CatalogMetadataQuery = {
  catalogMetadata: Array<{
    kind: CatalogKind;
    identifier: string;
    title: string;
    description: string;
    license: string;
    frequency: string;
    keywords: Array<string>;
    edited: boolean;
    distributionCount: number;
    landingPage: string;
    updatedAt: string | null;
  }>;
  catalogLicenses: Array<{ id: string; label: string }>;
  catalogFrequencies: Array<{ id: string; label: string }>;
};

export type UpdateCatalogMetadataMutationVariables = Exact<{
  siren: string;
  kind: CatalogKind;
  input: CatalogMetadataInput;
}>;

export type UpdateCatalogMetadataMutation = {
  updateCatalogMetadata: {
    kind: CatalogKind;
    title: string;
    description: string;
    license: string;
    frequency: string;
    keywords: Array<string>;
    edited: boolean;
    updatedAt: string | null;
  };
};

export type DatasetsQueryVariables = Exact<{
  siren: string;
}>;

export type DatasetsQuery = {
  datasets: Array<{
    id: string;
    year: number;
    kind: DatasetKind;
    status: DatasetStatus;
    valid: boolean;
    rowCount: number;
    size: number;
    generatedAt: string | null;
    publishedFileAt: string | null;
    errorCount: number;
    url: string | null;
    xlsxUrl: string | null;
    notes: Array<string>;
    errors: Array<{ row: number | null; column: string | null; rule: string; message: string }>;
  }>;
};

export type RegenerateDatasetMutationVariables = Exact<{
  siren: string;
  year: number;
}>;

export type RegenerateDatasetMutation = { regenerateDataset: string | null };

export type DepositsQueryVariables = Exact<{
  filter?: DepositsFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type DepositsQuery = {
  deposits: {
    totalCount: number;
    nodes: Array<{
      id: string;
      fileName: string;
      status: DepositStatus;
      siren: string | null;
      pastellId: string | null;
      errorCode: string | null;
      errorMessage: string | null;
      warnings: Array<string>;
      attempts: number;
      createdAt: string;
      processedAt: string | null;
      closedAt: string | null;
      closedReason: string | null;
      replacedBy: string | null;
      replaces: string | null;
      act: {
        id: string;
        number: string;
        budgetDocument: {
          id: string;
          status: BudgetImportStatus;
          stageLabel: string | null;
          errorMessage: string | null;
        } | null;
      } | null;
    }>;
  };
};

export type RetryDepositMutationVariables = Exact<{
  id: string;
}>;

export type RetryDepositMutation = {
  retryDeposit: { id: string; status: DepositStatus; attempts: number };
};

export type CloseDepositFailureMutationVariables = Exact<{
  id: string;
  reason: string;
}>;

export type CloseDepositFailureMutation = {
  closeDepositFailure: { id: string; closedAt: string | null; closedReason: string | null };
};

export type ReplaceFailedDepositMutationVariables = Exact<{
  id: string;
  file: File;
}>;

export type ReplaceFailedDepositMutation = {
  replaceFailedDeposit: { id: string; fileName: string };
};

export type DepositProcessedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type DepositProcessedSubscription = {
  depositProcessed: {
    depositId: string;
    siren: string | null;
    status: string;
    errorCode: string | null;
    at: string;
  };
};

export type SchedulesQueryVariables = Exact<{ [key: string]: never }>;

export type SchedulesQuery = {
  schedules: Array<{
    name: string;
    label: string;
    cron: string;
    defaultCron: string;
    enabled: boolean;
    nextRunAt: string | null;
    lastRunAt: string | null;
    lastFinishedAt: string | null;
    lastStatus: string | null;
    lastDetail: string | null;
    running: boolean;
  }>;
};

export type UpdateScheduleMutationVariables = Exact<{
  input: ScheduleInput;
}>;

export type UpdateScheduleMutation = {
  updateSchedule: { name: string; cron: string; enabled: boolean; nextRunAt: string | null };
};

export type RunScheduleNowMutationVariables = Exact<{
  name: string;
}>;

export type RunScheduleNowMutation = { runScheduleNow: string | null };

export type PublicationStatsQueryVariables = Exact<{
  siren?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type PublicationStatsQuery = {
  publicationStats: {
    siren: string | null;
    budgetDocuments: number;
    contracts: number;
    acts: { received: number; published: number; notPublished: number; pending: number };
    byNature: Array<{
      nature: ActNature;
      received: number;
      published: number;
      notPublished: number;
      pending: number;
    }>;
    byMonth: Array<{
      month: string;
      received: number;
      published: number;
      notPublished: number;
      pending: number;
    }>;
    organizations: Array<{
      siren: string;
      name: string;
      received: number;
      published: number;
      notPublished: number;
      pending: number;
    }>;
  };
};

export type SireneSyncQueryVariables = Exact<{
  siren: string;
}>;

export type SireneSyncQuery = {
  sireneSync: {
    status: SireneSyncStatus;
    legalName: string | null;
    headOfficeSiret: string | null;
    establishments: number;
    hiddenEstablishments: number;
    checkedAt: string | null;
    syncedAt: string | null;
    errorMessage: string | null;
  } | null;
  establishments: Array<{
    siret: string;
    name: string | null;
    headOffice: boolean;
    active: boolean;
  }>;
};

export type RefreshSireneMutationVariables = Exact<{
  siren: string;
}>;

export type RefreshSireneMutation = { refreshSirene: string | null };

export type OrganizationsOverviewQueryVariables = Exact<{
  search?: string | null | undefined;
  needsReview?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type OrganizationsOverviewQuery = {
  organizationsOverview: {
    totalCount: number;
    nodes: Array<{
      pendingActs: number;
      oldestPendingSince: string | null;
      lastDepositAt: string | null;
      openFailures: number;
      invalidFiles: number;
      failedPushes: number;
      sireneStatus: SireneSyncStatus | null;
      organization: {
        id: string;
        siren: string;
        siret: string | null;
        name: string;
        openDataActive: boolean;
        publishAnnexes: boolean;
        needsReview: boolean;
        inseeCode: string | null;
      };
    }>;
  };
};

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;

export type CreateOrganizationMutation = {
  createOrganization: { id: string; siren: string; name: string };
};

export type AdminContractsQueryVariables = Exact<{
  siren: string;
  filter?: ContractFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AdminContractsQuery = {
  contracts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      decpId: string;
      kind: ContractKind;
      nature: string;
      subject: string;
      procedure: string;
      amount: number;
      notifiedOn: string;
      actLinkManual: boolean;
      decp: Record<string, unknown>;
      act: { id: string; number: string } | null;
    }>;
  };
};

export type AdminContractImportsQueryVariables = Exact<{
  siren: string;
}>;

export type AdminContractImportsQuery = {
  contractImports: {
    totalCount: number;
    nodes: Array<{
      id: string;
      createdAt: string;
      origin: ContractImportOrigin;
      fileName: string;
      format: string | null;
      status: ContractImportStatus;
      total: number;
      created: number;
      updated: number;
      unchanged: number;
      refused: number;
      errorCode: string | null;
      message: string | null;
      errors: Array<{
        index: number | null;
        kind: string | null;
        decpId: string | null;
        path: string | null;
        code: string;
        message: string;
      }>;
      warnings: Array<{
        index: number | null;
        decpId: string | null;
        path: string | null;
        message: string;
      }>;
    }>;
  };
};

export type AdminContractSourcesQueryVariables = Exact<{
  siren: string;
}>;

export type AdminContractSourcesQuery = {
  contractSources: Array<{
    id: string;
    url: string;
    active: boolean;
    lastFetchAt: string | null;
    lastStatus: ContractSourceStatus;
    lastError: string | null;
  }>;
};

export type ImportContractsMutationVariables = Exact<{
  siren: string;
  file: File;
}>;

export type ImportContractsMutation = {
  importContracts: Array<{
    id: string;
    status: ContractImportStatus;
    created: number;
    updated: number;
    unchanged: number;
    refused: number;
    message: string | null;
  }>;
};

export type SaveContractSourceMutationVariables = Exact<{
  input: ContractSourceInput;
  id?: string | null | undefined;
}>;

export type SaveContractSourceMutation = {
  saveContractSource: { id: string; url: string; active: boolean };
};

export type FetchContractSourceMutationVariables = Exact<{
  id: string;
}>;

export type FetchContractSourceMutation = { fetchContractSource: string | null };

export type CheckContractQueryVariables = Exact<{
  siren: string;
  kind: ContractKind;
  record: Record<string, unknown>;
}>;

export type CheckContractQuery = {
  checkContract: Array<{ path: string | null; code: string; message: string }>;
};

export type CreateContractMutationVariables = Exact<{
  siren: string;
  kind: ContractKind;
  record: Record<string, unknown>;
}>;

export type CreateContractMutation = { createContract: { id: string; decpId: string } };

export type UpdateContractMutationVariables = Exact<{
  id: string;
  record: Record<string, unknown>;
}>;

export type UpdateContractMutation = { updateContract: { id: string; decpId: string } };

export type DeleteContractMutationVariables = Exact<{
  id: string;
}>;

export type DeleteContractMutation = { deleteContract: boolean };

export type AdminDatagouvSettingsQueryVariables = Exact<{
  siren: string;
}>;

export type AdminDatagouvSettingsQuery = {
  datagouvSettings: {
    siren: string;
    apiUrl: string;
    pushEnabled: boolean;
    hasApiKey: boolean;
    apiKeyHint: string | null;
    platformKeyAvailable: boolean;
    remoteOrganization: string | null;
    remoteOrgId: string | null;
    remoteOrgName: string | null;
    harvestedKinds: Array<string>;
  };
  datasetPushes: Array<{
    id: string;
    createdAt: string;
    finishedAt: string | null;
    status: DatasetPushStatus;
    trigger: string;
    errorCode: string | null;
    errorMessage: string | null;
    uploaded: number;
    failed: number;
    datasets: Array<{
      catalogId: string;
      title: string;
      action: RemoteDatasetAction;
      error: string | null;
      remotePage: string | null;
      resources: Array<{
        distributionId: string;
        title: string;
        year: number | null;
        action: RemoteResourceAction;
        error: string | null;
      }>;
    }>;
  }>;
};

export type AdminUpdateDatagouvSettingsMutationVariables = Exact<{
  input: DatagouvSettingsInput;
}>;

export type AdminUpdateDatagouvSettingsMutation = {
  updateDatagouvSettings: {
    siren: string;
    pushEnabled: boolean;
    hasApiKey: boolean;
    apiKeyHint: string | null;
    remoteOrganization: string | null;
    harvestedKinds: Array<string>;
  };
};

export type AdminPushDatasetsMutationVariables = Exact<{
  siren: string;
}>;

export type AdminPushDatasetsMutation = { pushDatasets: string | null };

export type OrganizationSettingsQueryVariables = Exact<{
  siren: string;
}>;

export type OrganizationSettingsQuery = {
  organization: {
    id: string;
    siren: string;
    name: string;
    siret: string | null;
    openDataActive: boolean;
    publishAnnexes: boolean;
    updatedAt: string;
  } | null;
};

export type UpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;

export type UpdateOrganizationMutation = {
  updateOrganization: {
    id: string;
    siren: string;
    name: string;
    siret: string | null;
    openDataActive: boolean;
    publishAnnexes: boolean;
    needsReview: boolean;
    updatedAt: string;
  };
};

export type MembersQueryVariables = Exact<{
  siren: string;
}>;

export type MembersQuery = {
  users: {
    totalCount: number;
    nodes: Array<{
      id: string;
      email: string;
      displayName: string;
      status: UserStatus;
      memberships: Array<{
        id: string;
        role: Role;
        hr: boolean;
        fromSso: boolean;
        organization: { siren: string };
      }>;
    }>;
  };
};

export type AddMembershipMutationVariables = Exact<{
  input: AddMembershipInput;
}>;

export type AddMembershipMutation = { addMembership: { id: string; role: Role; hr: boolean } };

export type RemoveMembershipMutationVariables = Exact<{
  input: RemoveMembershipInput;
}>;

export type RemoveMembershipMutation = { removeMembership: boolean };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;

export type InviteMemberMutation = { inviteMember: { outcome: InviteOutcome; email: string } };

export type InvitationsQueryVariables = Exact<{
  siren: string;
}>;

export type InvitationsQuery = {
  invitations: Array<{
    id: string;
    email: string;
    displayName: string;
    role: Role;
    hr: boolean;
    expiresAt: string;
  }>;
};

export type RevokeInvitationMutationVariables = Exact<{
  id: string;
}>;

export type RevokeInvitationMutation = { revokeInvitation: boolean };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never }>;

export type ApiKeysQuery = {
  apiKeys: Array<{
    id: string;
    name: string;
    prefix: string;
    scopes: Array<string>;
    sirens: Array<string>;
    active: boolean;
    createdAt: string;
    lastUsedAt: string | null;
    expiresAt: string | null;
    revokedAt: string | null;
  }>;
};

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;

export type CreateApiKeyMutation = {
  createApiKey: { secret: string; key: { id: string; name: string; prefix: string } };
};

export type RevokeApiKeyMutationVariables = Exact<{
  id: string;
}>;

export type RevokeApiKeyMutation = {
  revokeApiKey: { id: string; active: boolean; revokedAt: string | null };
};

export type JobProgressSubscriptionVariables = Exact<{ [key: string]: never }>;

export type JobProgressSubscription = {
  jobProgress: {
    jobId: string;
    name: string;
    state: JobState;
    progress: number;
    message: string | null;
    siren: string | null;
    at: string;
  };
};

export type WidgetSettingsQueryVariables = Exact<{
  siren: string;
}>;

export type WidgetSettingsQuery = {
  widgetSettings: {
    id: string;
    siren: string;
    title: string;
    primaryColor: string;
    backgroundColor: string;
    textColor: string;
    natures: Array<ActNature>;
    classifications: Array<string>;
    dateFrom: string | null;
    dateTo: string | null;
    year: number | null;
    pageSize: number;
    updatedAt: string;
  };
};

export type UpdateWidgetSettingsMutationVariables = Exact<{
  input: UpdateWidgetSettingsInput;
}>;

export type UpdateWidgetSettingsMutation = {
  updateWidgetSettings: {
    id: string;
    siren: string;
    title: string;
    primaryColor: string;
    backgroundColor: string;
    textColor: string;
    natures: Array<ActNature>;
    classifications: Array<string>;
    dateFrom: string | null;
    dateTo: string | null;
    year: number | null;
    pageSize: number;
    updatedAt: string;
  };
};

export const ActRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Act' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
          { kind: 'Field', name: { kind: 'Name', value: 'natureDetail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicationDecision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classificationCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withheld' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActRowFragment, unknown>;
export const JobsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Jobs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JobState' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'state' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'repeating' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextRunAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastRunAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JobsQuery, JobsQueryVariables>;
export const AuditFeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditFeed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'siren' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditFeedQuery, AuditFeedQueryVariables>;
export const SentMailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SentMails' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sentMails' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'toFiles' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mails' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SentMailsQuery, SentMailsQueryVariables>;
export const ActDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'act' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefectureAckDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
                { kind: 'Field', name: { kind: 'Name', value: 'natureDetail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'classificationCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'classificationLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'classificationUnknown' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publicationDecision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pastellId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishAnnexes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openDataActive' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'documents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mediaType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'annex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'withheld' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'textSource' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ocrStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ocrConfidence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ocrError' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'budgetDocument' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stageLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'establishmentName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lineCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActDetailQuery, ActDetailQueryVariables>;
export const ActHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'targetIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'targetIds' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'targetIds' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActHistoryQuery, ActHistoryQueryVariables>;
export const UpdateActSubjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateActSubject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'subject' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateActSubject' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'subject' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'subject' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateActSubjectMutation, UpdateActSubjectMutationVariables>;
export const SetAnnexWithheldDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetAnnexWithheld' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'documentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withheld' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAnnexWithheld' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'documentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'documentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'withheld' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'withheld' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withheld' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetAnnexWithheldMutation, SetAnnexWithheldMutationVariables>;
export const RerunDocumentOcrDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RerunDocumentOcr' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'documentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rerunDocumentOcr' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'documentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'documentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ocrStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ocrError' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RerunDocumentOcrMutation, RerunDocumentOcrMutationVariables>;
export const ActsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Acts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActsFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActOrder' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActRow' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'highlights' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'actId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Act' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
          { kind: 'Field', name: { kind: 'Name', value: 'natureDetail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicationDecision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classificationCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withheld' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActsQuery, ActsQueryVariables>;
export const ApplyActActionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApplyActAction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActActionKind' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applyActAction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'action' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'updated' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'failed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'jobId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplyActActionMutation, ApplyActActionMutationVariables>;
export const ActChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ActChanged' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actChanged' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'actId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActChangedSubscription, ActChangedSubscriptionVariables>;
export const CreateActDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateAct' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateActInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'files' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'Upload' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAct' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'files' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'files' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateActMutation, CreateActMutationVariables>;
export const RequestPasswordResetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPasswordReset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPasswordReset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResetPasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const InvitationPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InvitationPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'organizationName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'newAccount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AcceptInvitationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'organizationName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ChangeMyPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeMyPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetPasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const SignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOut' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOut' } }],
      },
    },
  ],
} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const AuthConfigDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuthConfig' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authConfig' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'oidcEnabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'oidcLoginUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuthConfigQuery, AuthConfigQueryVariables>;
export const ExchangeLoginCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExchangeLoginCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exchangeLoginCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExchangeLoginCodeMutation, ExchangeLoginCodeMutationVariables>;
export const StaffBudgetDocumentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StaffBudgetDocuments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffBudgetDocuments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siret' } },
                { kind: 'Field', name: { kind: 'Name', value: 'establishmentName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'collectivityName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nomenclature' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planFallback' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'calculatedSkipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'encoding' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mojibake' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceFileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
                { kind: 'Field', name: { kind: 'Name', value: 'importedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'csvUrl' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'act' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budgetDocuments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'superseded' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffBudgetDocumentsQuery, StaffBudgetDocumentsQueryVariables>;
export const ReimportBudgetDocumentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReimportBudgetDocument' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reimportBudgetDocument' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ReimportBudgetDocumentMutation,
  ReimportBudgetDocumentMutationVariables
>;
export const ViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Viewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isPlatformAdmin' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hr' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organization' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const OrganizationSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganizationSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationSearchQuery, OrganizationSearchQueryVariables>;
export const DashboardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Dashboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'depositSiren' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'monthStart' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'toDecide' },
            name: { kind: 'Name', value: 'acts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'siren' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'EnumValue', value: 'TO_DECIDE' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'hidden' },
                      value: { kind: 'BooleanValue', value: false },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'publishedThisMonth' },
            name: { kind: 'Name', value: 'acts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'siren' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'EnumValue', value: 'PUBLISHED' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'publishedFrom' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'monthStart' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'failedDeposits' },
            name: { kind: 'Name', value: 'deposits' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'siren' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'depositSiren' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'EnumValue', value: 'FAILED' },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'datasets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'valid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'recent' },
            name: { kind: 'Name', value: 'auditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'siren' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '5' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const CatalogMetadataDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogMetadata' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogMetadata' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'identifier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'license' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distributionCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'landingPage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogLicenses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogFrequencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogMetadataQuery, CatalogMetadataQueryVariables>;
export const UpdateCatalogMetadataDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCatalogMetadata' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogKind' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogMetadataInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCatalogMetadata' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'license' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateCatalogMetadataMutation, UpdateCatalogMetadataMutationVariables>;
export const DatasetsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Datasets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'datasets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'valid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'generatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedFileAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errorCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'xlsxUrl' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DatasetsQuery, DatasetsQueryVariables>;
export const RegenerateDatasetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegenerateDataset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regenerateDataset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegenerateDatasetMutation, RegenerateDatasetMutationVariables>;
export const DepositsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Deposits' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DepositsFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deposits' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pastellId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'processedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closedReason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'replacedBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'replaces' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'act' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'budgetDocument' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'stageLabel' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepositsQuery, DepositsQueryVariables>;
export const RetryDepositDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetryDeposit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retryDeposit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetryDepositMutation, RetryDepositMutationVariables>;
export const CloseDepositFailureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseDepositFailure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeDepositFailure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseDepositFailureMutation, CloseDepositFailureMutationVariables>;
export const ReplaceFailedDepositDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReplaceFailedDeposit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'file' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Upload' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replaceFailedDeposit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'file' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'file' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReplaceFailedDepositMutation, ReplaceFailedDepositMutationVariables>;
export const DepositProcessedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'DepositProcessed' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'depositProcessed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'depositId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepositProcessedSubscription, DepositProcessedSubscriptionVariables>;
export const SchedulesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Schedules' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schedules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cron' } },
                { kind: 'Field', name: { kind: 'Name', value: 'defaultCron' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextRunAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastRunAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastFinishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastDetail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'running' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchedulesQuery, SchedulesQueryVariables>;
export const UpdateScheduleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSchedule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScheduleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSchedule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cron' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextRunAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateScheduleMutation, UpdateScheduleMutationVariables>;
export const RunScheduleNowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RunScheduleNow' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'runScheduleNow' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunScheduleNowMutation, RunScheduleNowMutationVariables>;
export const PublicationStatsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PublicationStats' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTimeISO' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTimeISO' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publicationStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'acts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'published' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'notPublished' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byNature' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'published' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'notPublished' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byMonth' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'published' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'notPublished' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetDocuments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contracts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organizations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'published' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'notPublished' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicationStatsQuery, PublicationStatsQueryVariables>;
export const SireneSyncDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SireneSync' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sireneSync' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'legalName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headOfficeSiret' } },
                { kind: 'Field', name: { kind: 'Name', value: 'establishments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hiddenEstablishments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'syncedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'establishments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'siret' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headOffice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SireneSyncQuery, SireneSyncQueryVariables>;
export const RefreshSireneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefreshSirene' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refreshSirene' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefreshSireneMutation, RefreshSireneMutationVariables>;
export const OrganizationsOverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganizationsOverview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'needsReview' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizationsOverview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'needsReview' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'needsReview' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organization' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'siret' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'openDataActive' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'publishAnnexes' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'needsReview' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'inseeCode' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'pendingActs' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'oldestPendingSince' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastDepositAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openFailures' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'invalidFiles' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failedPushes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sireneStatus' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationsOverviewQuery, OrganizationsOverviewQueryVariables>;
export const CreateOrganizationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateOrganization' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateOrganizationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createOrganization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const AdminContractsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminContracts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ContractFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contracts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decpId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'procedure' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'notifiedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actLinkManual' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decp' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'act' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminContractsQuery, AdminContractsQueryVariables>;
export const AdminContractImportsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminContractImports' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contractImports' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'format' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refused' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'errors' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'decpId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warnings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'decpId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminContractImportsQuery, AdminContractImportsQueryVariables>;
export const AdminContractSourcesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminContractSources' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contractSources' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastFetchAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminContractSourcesQuery, AdminContractSourcesQueryVariables>;
export const ImportContractsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportContracts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'file' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Upload' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importContracts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'file' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'file' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refused' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportContractsMutation, ImportContractsMutationVariables>;
export const SaveContractSourceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveContractSource' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ContractSourceInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveContractSource' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveContractSourceMutation, SaveContractSourceMutationVariables>;
export const FetchContractSourceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FetchContractSource' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fetchContractSource' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FetchContractSourceMutation, FetchContractSourceMutationVariables>;
export const CheckContractDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CheckContract' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ContractKind' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'record' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSONObject' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkContract' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'record' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'record' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckContractQuery, CheckContractQueryVariables>;
export const CreateContractDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateContract' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ContractKind' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'record' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSONObject' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createContract' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'record' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'record' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decpId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateContractMutation, CreateContractMutationVariables>;
export const UpdateContractDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateContract' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'record' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSONObject' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateContract' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'record' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'record' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decpId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateContractMutation, UpdateContractMutationVariables>;
export const DeleteContractDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteContract' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteContract' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteContractMutation, DeleteContractMutationVariables>;
export const AdminDatagouvSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminDatagouvSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'datagouvSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'apiUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pushEnabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasApiKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'apiKeyHint' } },
                { kind: 'Field', name: { kind: 'Name', value: 'platformKeyAvailable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'remoteOrganization' } },
                { kind: 'Field', name: { kind: 'Name', value: 'remoteOrgId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'remoteOrgName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'harvestedKinds' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'datasetPushes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '10' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uploaded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'datasets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'catalogId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remotePage' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'resources' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'distributionId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminDatagouvSettingsQuery, AdminDatagouvSettingsQueryVariables>;
export const AdminUpdateDatagouvSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminUpdateDatagouvSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DatagouvSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateDatagouvSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pushEnabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasApiKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'apiKeyHint' } },
                { kind: 'Field', name: { kind: 'Name', value: 'remoteOrganization' } },
                { kind: 'Field', name: { kind: 'Name', value: 'harvestedKinds' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminUpdateDatagouvSettingsMutation,
  AdminUpdateDatagouvSettingsMutationVariables
>;
export const AdminPushDatasetsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminPushDatasets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pushDatasets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminPushDatasetsMutation, AdminPushDatasetsMutationVariables>;
export const OrganizationSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganizationSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siret' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openDataActive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishAnnexes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>;
export const UpdateOrganizationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateOrganization' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateOrganizationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateOrganization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siret' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openDataActive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishAnnexes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needsReview' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const MembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Members' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'memberships' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hr' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fromSso' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'organization' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const AddMembershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddMembership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddMembershipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addMembership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hr' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddMembershipMutation, AddMembershipMutationVariables>;
export const RemoveMembershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveMembership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveMembershipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeMembership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveMembershipMutation, RemoveMembershipMutationVariables>;
export const InviteMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteMemberInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const InvitationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Invitations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvitationsQuery, InvitationsQueryVariables>;
export const RevokeInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const ApiKeysDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApiKeys' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiKeys' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sirens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiKeyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const JobProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'JobProgress' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobProgress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jobId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JobProgressSubscription, JobProgressSubscriptionVariables>;
export const WidgetSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WidgetSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'widgetSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siren' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siren' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'primaryColor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'backgroundColor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textColor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'natures' } },
                { kind: 'Field', name: { kind: 'Name', value: 'classifications' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageSize' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WidgetSettingsQuery, WidgetSettingsQueryVariables>;
export const UpdateWidgetSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateWidgetSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateWidgetSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateWidgetSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'primaryColor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'backgroundColor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textColor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'natures' } },
                { kind: 'Field', name: { kind: 'Name', value: 'classifications' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageSize' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateWidgetSettingsMutation, UpdateWidgetSettingsMutationVariables>;
