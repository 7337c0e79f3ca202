/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Jobs($first: Int, $after: String, $state: JobState) {\n    jobs(first: $first, after: $after, state: $state) {\n      totalCount\n      nodes {\n        id\n        name\n        state\n        progress\n        message\n        siren\n        repeating\n        failCount\n        nextRunAt\n        lastRunAt\n        finishedAt\n      }\n    }\n  }\n': typeof types.JobsDocument;
  '\n  query AuditFeed($siren: String, $first: Int, $after: String) {\n    auditLog(filter: { siren: $siren }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        actorLabel\n        targetType\n        targetId\n        before\n        after\n        createdAt\n      }\n    }\n  }\n': typeof types.AuditFeedDocument;
  '\n  query SentMails($first: Int!) {\n    sentMails(first: $first) {\n      toFiles\n      mails {\n        id\n        date\n        to\n        subject\n        text\n      }\n    }\n  }\n': typeof types.SentMailsDocument;
  '\n  query ActDetail($id: ID!) {\n    act(id: $id) {\n      id\n      number\n      subject\n      date\n      prefectureAckDate\n      nature\n      natureDetail\n      classificationCode\n      classificationLabel\n      classificationUnknown\n      publicationDecision\n      status\n      hidden\n      deleted\n      publishedAt\n      pastellId\n      source\n      createdAt\n      updatedAt\n      organization {\n        id\n        siren\n        name\n        publishAnnexes\n        openDataActive\n      }\n      documents {\n        id\n        fileName\n        mediaType\n        size\n        sha256\n        annex\n        withheld\n        url\n        textSource\n        ocrStatus\n        ocrConfidence\n        ocrError\n      }\n      budgetDocument {\n        id\n        status\n        stageLabel\n        year\n        establishmentName\n        lineCount\n        errorCode\n        errorMessage\n        warnings\n      }\n    }\n  }\n': typeof types.ActDetailDocument;
  '\n  query ActHistory($targetIds: [String!]!) {\n    auditLog(filter: { targetIds: $targetIds }, first: 100) {\n      totalCount\n      nodes {\n        id\n        action\n        actorLabel\n        targetType\n        targetId\n        before\n        after\n        createdAt\n      }\n    }\n  }\n': typeof types.ActHistoryDocument;
  '\n  mutation UpdateActSubject($id: ID!, $subject: String!) {\n    updateActSubject(id: $id, subject: $subject) {\n      id\n      subject\n      updatedAt\n    }\n  }\n': typeof types.UpdateActSubjectDocument;
  '\n  mutation SetAnnexWithheld($documentId: ID!, $withheld: Boolean!) {\n    setAnnexWithheld(documentId: $documentId, withheld: $withheld) {\n      id\n      withheld\n      url\n    }\n  }\n': typeof types.SetAnnexWithheldDocument;
  '\n  mutation RerunDocumentOcr($documentId: ID!) {\n    rerunDocumentOcr(documentId: $documentId) {\n      id\n      ocrStatus\n      ocrError\n    }\n  }\n': typeof types.RerunDocumentOcrDocument;
  '\n  fragment ActRow on Act {\n    id\n    number\n    subject\n    date\n    nature\n    natureDetail\n    status\n    hidden\n    publicationDecision\n    publishedAt\n    classificationCode\n    documents {\n      id\n      annex\n      withheld\n    }\n  }\n': typeof types.ActRowFragmentDoc;
  '\n  query Acts($filter: ActsFilter, $first: Int, $after: String, $orderBy: ActOrder) {\n    acts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...ActRow\n      }\n      highlights {\n        actId\n        subject\n        text\n      }\n    }\n  }\n': typeof types.ActsDocument;
  '\n  mutation ApplyActAction($action: ActActionKind!, $ids: [ID!]!) {\n    applyActAction(action: $action, ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n': typeof types.ApplyActActionDocument;
  '\n  subscription ActChanged($siren: String!) {\n    actChanged(siren: $siren) {\n      actId\n      siren\n      status\n      change\n      at\n    }\n  }\n': typeof types.ActChangedDocument;
  '\n  mutation CreateAct($input: CreateActInput!, $files: [Upload!]!) {\n    createAct(input: $input, files: $files) {\n      id\n      number\n      status\n    }\n  }\n': typeof types.CreateActDocument;
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      organizationName\n      role\n      hr\n      newAccount\n    }\n  }\n': typeof types.InvitationPreviewDocument;
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      email\n      organizationName\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation ChangeMyPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      id\n    }\n  }\n': typeof types.ChangeMyPasswordDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        email\n        displayName\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  query AuthConfig {\n    authConfig {\n      oidcEnabled\n      oidcLoginUrl\n    }\n  }\n': typeof types.AuthConfigDocument;
  '\n  mutation ExchangeLoginCode($code: String!) {\n    exchangeLoginCode(code: $code) {\n      token\n      expiresAt\n      user {\n        email\n        displayName\n      }\n    }\n  }\n': typeof types.ExchangeLoginCodeDocument;
  "\n  query StaffBudgetDocuments($siren: String!) {\n    staffBudgetDocuments(siren: $siren) {\n      id\n      year\n      stage\n      stageLabel\n      decisionNumber\n      siret\n      establishmentName\n      collectivityName\n      nomenclature\n      planYear\n      planFallback\n      sealedAt\n      decisionDate\n      lineCount\n      calculatedSkipped\n      encoding\n      mojibake\n      sourceFileName\n      status\n      errorCode\n      errorMessage\n      warnings\n      importedAt\n      csvUrl\n      act {\n        id\n        number\n        subject\n        date\n      }\n    }\n    # Which published documents a newer one replaced (the staff list's own field fails on an\n    # unreadable document: see the helper's report).\n    budgetDocuments(siren: $siren) {\n      id\n      superseded\n    }\n  }\n": typeof types.StaffBudgetDocumentsDocument;
  '\n  mutation ReimportBudgetDocument($id: ID!) {\n    reimportBudgetDocument(id: $id)\n  }\n': typeof types.ReimportBudgetDocumentDocument;
  '\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      isPlatformAdmin\n      memberships {\n        id\n        role\n        hr\n        organization {\n          id\n          siren\n          name\n        }\n      }\n    }\n  }\n': typeof types.ViewerDocument;
  '\n  query OrganizationSearch($search: String, $first: Int!) {\n    organizations(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        siren\n        name\n      }\n    }\n  }\n': typeof types.OrganizationSearchDocument;
  '\n  query Dashboard($siren: String!, $depositSiren: String, $monthStart: String!) {\n    toDecide: acts(filter: { siren: $siren, status: TO_DECIDE, hidden: false }, first: 1) {\n      totalCount\n    }\n    publishedThisMonth: acts(\n      filter: { siren: $siren, status: PUBLISHED, publishedFrom: $monthStart }\n      first: 1\n    ) {\n      totalCount\n    }\n    failedDeposits: deposits(filter: { siren: $depositSiren, status: FAILED }, first: 1) {\n      totalCount\n    }\n    datasets(siren: $siren) {\n      id\n      year\n      status\n      valid\n      rowCount\n    }\n    recent: auditLog(filter: { siren: $siren }, first: 5) {\n      nodes {\n        id\n        action\n        actorLabel\n        targetType\n        targetId\n        createdAt\n      }\n    }\n  }\n': typeof types.DashboardDocument;
  '\n  query CatalogMetadata($siren: String!) {\n    catalogMetadata(siren: $siren) {\n      kind\n      identifier\n      title\n      description\n      license\n      frequency\n      keywords\n      edited\n      distributionCount\n      landingPage\n      updatedAt\n    }\n    catalogLicenses {\n      id\n      label\n    }\n    catalogFrequencies {\n      id\n      label\n    }\n  }\n': typeof types.CatalogMetadataDocument;
  '\n  mutation UpdateCatalogMetadata(\n    $siren: String!\n    $kind: CatalogKind!\n    $input: CatalogMetadataInput!\n  ) {\n    updateCatalogMetadata(siren: $siren, kind: $kind, input: $input) {\n      kind\n      title\n      description\n      license\n      frequency\n      keywords\n      edited\n      updatedAt\n    }\n  }\n': typeof types.UpdateCatalogMetadataDocument;
  '\n  query Datasets($siren: String!) {\n    datasets(siren: $siren) {\n      id\n      year\n      kind\n      status\n      valid\n      rowCount\n      size\n      generatedAt\n      publishedFileAt\n      errorCount\n      url\n      xlsxUrl\n      errors {\n        row\n        column\n        rule\n        message\n      }\n      notes\n    }\n  }\n': typeof types.DatasetsDocument;
  '\n  mutation RegenerateDataset($siren: String!, $year: Int!) {\n    regenerateDataset(siren: $siren, year: $year)\n  }\n': typeof types.RegenerateDatasetDocument;
  '\n  query Deposits($filter: DepositsFilter, $first: Int, $after: String) {\n    deposits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        fileName\n        status\n        siren\n        pastellId\n        errorCode\n        errorMessage\n        warnings\n        attempts\n        createdAt\n        processedAt\n        closedAt\n        closedReason\n        replacedBy\n        replaces\n        act {\n          id\n          number\n          budgetDocument {\n            id\n            status\n            stageLabel\n            errorMessage\n          }\n        }\n      }\n    }\n  }\n': typeof types.DepositsDocument;
  '\n  mutation RetryDeposit($id: ID!) {\n    retryDeposit(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n': typeof types.RetryDepositDocument;
  '\n  mutation CloseDepositFailure($id: ID!, $reason: String!) {\n    closeDepositFailure(id: $id, reason: $reason) {\n      id\n      closedAt\n      closedReason\n    }\n  }\n': typeof types.CloseDepositFailureDocument;
  '\n  mutation ReplaceFailedDeposit($id: ID!, $file: Upload!) {\n    replaceFailedDeposit(id: $id, file: $file) {\n      id\n      fileName\n    }\n  }\n': typeof types.ReplaceFailedDepositDocument;
  '\n  subscription DepositProcessed {\n    depositProcessed {\n      depositId\n      siren\n      status\n      errorCode\n      at\n    }\n  }\n': typeof types.DepositProcessedDocument;
  '\n  query Schedules {\n    schedules {\n      name\n      label\n      cron\n      defaultCron\n      enabled\n      nextRunAt\n      lastRunAt\n      lastFinishedAt\n      lastStatus\n      lastDetail\n      running\n    }\n  }\n': typeof types.SchedulesDocument;
  '\n  mutation UpdateSchedule($input: ScheduleInput!) {\n    updateSchedule(input: $input) {\n      name\n      cron\n      enabled\n      nextRunAt\n    }\n  }\n': typeof types.UpdateScheduleDocument;
  '\n  mutation RunScheduleNow($name: String!) {\n    runScheduleNow(name: $name)\n  }\n': typeof types.RunScheduleNowDocument;
  '\n  query PublicationStats($siren: String, $from: DateTimeISO, $to: DateTimeISO) {\n    publicationStats(siren: $siren, from: $from, to: $to) {\n      siren\n      acts {\n        received\n        published\n        notPublished\n        pending\n      }\n      byNature {\n        nature\n        received\n        published\n        notPublished\n        pending\n      }\n      byMonth {\n        month\n        received\n        published\n        notPublished\n        pending\n      }\n      budgetDocuments\n      contracts\n      organizations {\n        siren\n        name\n        received\n        published\n        notPublished\n        pending\n      }\n    }\n  }\n': typeof types.PublicationStatsDocument;
  '\n  query SireneSync($siren: String!) {\n    sireneSync(siren: $siren) {\n      status\n      legalName\n      headOfficeSiret\n      establishments\n      hiddenEstablishments\n      checkedAt\n      syncedAt\n      errorMessage\n    }\n    establishments(siren: $siren) {\n      siret\n      name\n      headOffice\n      active\n    }\n  }\n': typeof types.SireneSyncDocument;
  '\n  mutation RefreshSirene($siren: String!) {\n    refreshSirene(siren: $siren)\n  }\n': typeof types.RefreshSireneDocument;
  '\n  query OrganizationsOverview($search: String, $needsReview: Boolean, $first: Int, $after: String) {\n    organizationsOverview(\n      search: $search\n      needsReview: $needsReview\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      nodes {\n        organization {\n          id\n          siren\n          siret\n          name\n          openDataActive\n          publishAnnexes\n          needsReview\n          inseeCode\n        }\n        pendingActs\n        oldestPendingSince\n        lastDepositAt\n        openFailures\n        invalidFiles\n        failedPushes\n        sireneStatus\n      }\n    }\n  }\n': typeof types.OrganizationsOverviewDocument;
  '\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      siren\n      name\n    }\n  }\n': typeof types.CreateOrganizationDocument;
  '\n  query AdminContracts($siren: String!, $filter: ContractFilter, $first: Int, $after: String) {\n    contracts(siren: $siren, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        decpId\n        kind\n        nature\n        subject\n        procedure\n        amount\n        notifiedOn\n        actLinkManual\n        decp\n        act {\n          id\n          number\n        }\n      }\n    }\n  }\n': typeof types.AdminContractsDocument;
  '\n  query AdminContractImports($siren: String!) {\n    contractImports(siren: $siren, first: 20) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        origin\n        fileName\n        format\n        status\n        total\n        created\n        updated\n        unchanged\n        refused\n        errorCode\n        message\n        errors {\n          index\n          kind\n          decpId\n          path\n          code\n          message\n        }\n        warnings {\n          index\n          decpId\n          path\n          message\n        }\n      }\n    }\n  }\n': typeof types.AdminContractImportsDocument;
  '\n  query AdminContractSources($siren: String!) {\n    contractSources(siren: $siren) {\n      id\n      url\n      active\n      lastFetchAt\n      lastStatus\n      lastError\n    }\n  }\n': typeof types.AdminContractSourcesDocument;
  '\n  mutation ImportContracts($siren: String!, $file: Upload!) {\n    importContracts(siren: $siren, file: $file) {\n      id\n      status\n      created\n      updated\n      unchanged\n      refused\n      message\n    }\n  }\n': typeof types.ImportContractsDocument;
  '\n  mutation SaveContractSource($input: ContractSourceInput!, $id: ID) {\n    saveContractSource(input: $input, id: $id) {\n      id\n      url\n      active\n    }\n  }\n': typeof types.SaveContractSourceDocument;
  '\n  mutation FetchContractSource($id: ID!) {\n    fetchContractSource(id: $id)\n  }\n': typeof types.FetchContractSourceDocument;
  '\n  query CheckContract($siren: String!, $kind: ContractKind!, $record: JSONObject!) {\n    checkContract(siren: $siren, kind: $kind, record: $record) {\n      path\n      code\n      message\n    }\n  }\n': typeof types.CheckContractDocument;
  '\n  mutation CreateContract($siren: String!, $kind: ContractKind!, $record: JSONObject!) {\n    createContract(siren: $siren, kind: $kind, record: $record) {\n      id\n      decpId\n    }\n  }\n': typeof types.CreateContractDocument;
  '\n  mutation UpdateContract($id: ID!, $record: JSONObject!) {\n    updateContract(id: $id, record: $record) {\n      id\n      decpId\n    }\n  }\n': typeof types.UpdateContractDocument;
  '\n  mutation DeleteContract($id: ID!) {\n    deleteContract(id: $id)\n  }\n': typeof types.DeleteContractDocument;
  '\n  query AdminDatagouvSettings($siren: String!) {\n    datagouvSettings(siren: $siren) {\n      siren\n      apiUrl\n      pushEnabled\n      hasApiKey\n      apiKeyHint\n      platformKeyAvailable\n      remoteOrganization\n      remoteOrgId\n      remoteOrgName\n      harvestedKinds\n    }\n    datasetPushes(siren: $siren, first: 10) {\n      id\n      createdAt\n      finishedAt\n      status\n      trigger\n      errorCode\n      errorMessage\n      uploaded\n      failed\n      datasets {\n        catalogId\n        title\n        action\n        error\n        remotePage\n        resources {\n          distributionId\n          title\n          year\n          action\n          error\n        }\n      }\n    }\n  }\n': typeof types.AdminDatagouvSettingsDocument;
  '\n  mutation AdminUpdateDatagouvSettings($input: DatagouvSettingsInput!) {\n    updateDatagouvSettings(input: $input) {\n      siren\n      pushEnabled\n      hasApiKey\n      apiKeyHint\n      remoteOrganization\n      harvestedKinds\n    }\n  }\n': typeof types.AdminUpdateDatagouvSettingsDocument;
  '\n  mutation AdminPushDatasets($siren: String!) {\n    pushDatasets(siren: $siren)\n  }\n': typeof types.AdminPushDatasetsDocument;
  '\n  query OrganizationSettings($siren: String!) {\n    organization(siren: $siren) {\n      id\n      siren\n      name\n      siret\n      openDataActive\n      publishAnnexes\n      updatedAt\n    }\n  }\n': typeof types.OrganizationSettingsDocument;
  '\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      siren\n      name\n      siret\n      openDataActive\n      publishAnnexes\n      needsReview\n      updatedAt\n    }\n  }\n': typeof types.UpdateOrganizationDocument;
  '\n  query Members($siren: String!) {\n    users(siren: $siren, first: 100) {\n      totalCount\n      nodes {\n        id\n        email\n        displayName\n        status\n        memberships {\n          id\n          role\n          hr\n          fromSso\n          organization {\n            siren\n          }\n        }\n      }\n    }\n  }\n': typeof types.MembersDocument;
  '\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      role\n      hr\n    }\n  }\n': typeof types.AddMembershipDocument;
  '\n  mutation RemoveMembership($input: RemoveMembershipInput!) {\n    removeMembership(input: $input)\n  }\n': typeof types.RemoveMembershipDocument;
  '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      outcome\n      email\n    }\n  }\n': typeof types.InviteMemberDocument;
  '\n  query Invitations($siren: String!) {\n    invitations(siren: $siren) {\n      id\n      email\n      displayName\n      role\n      hr\n      expiresAt\n    }\n  }\n': typeof types.InvitationsDocument;
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      sirens\n      active\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n': typeof types.ApiKeysDocument;
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      key {\n        id\n        name\n        prefix\n      }\n    }\n  }\n': typeof types.CreateApiKeyDocument;
  '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n': typeof types.RevokeApiKeyDocument;
  '\n  subscription JobProgress {\n    jobProgress {\n      jobId\n      name\n      state\n      progress\n      message\n      siren\n      at\n    }\n  }\n': typeof types.JobProgressDocument;
  '\n  query WidgetSettings($siren: String!) {\n    widgetSettings(siren: $siren) {\n      id\n      siren\n      title\n      primaryColor\n      backgroundColor\n      textColor\n      natures\n      classifications\n      dateFrom\n      dateTo\n      year\n      pageSize\n      updatedAt\n    }\n  }\n': typeof types.WidgetSettingsDocument;
  '\n  mutation UpdateWidgetSettings($input: UpdateWidgetSettingsInput!) {\n    updateWidgetSettings(input: $input) {\n      id\n      siren\n      title\n      primaryColor\n      backgroundColor\n      textColor\n      natures\n      classifications\n      dateFrom\n      dateTo\n      year\n      pageSize\n      updatedAt\n    }\n  }\n': typeof types.UpdateWidgetSettingsDocument;
};
const documents: Documents = {
  '\n  query Jobs($first: Int, $after: String, $state: JobState) {\n    jobs(first: $first, after: $after, state: $state) {\n      totalCount\n      nodes {\n        id\n        name\n        state\n        progress\n        message\n        siren\n        repeating\n        failCount\n        nextRunAt\n        lastRunAt\n        finishedAt\n      }\n    }\n  }\n':
    types.JobsDocument,
  '\n  query AuditFeed($siren: String, $first: Int, $after: String) {\n    auditLog(filter: { siren: $siren }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        actorLabel\n        targetType\n        targetId\n        before\n        after\n        createdAt\n      }\n    }\n  }\n':
    types.AuditFeedDocument,
  '\n  query SentMails($first: Int!) {\n    sentMails(first: $first) {\n      toFiles\n      mails {\n        id\n        date\n        to\n        subject\n        text\n      }\n    }\n  }\n':
    types.SentMailsDocument,
  '\n  query ActDetail($id: ID!) {\n    act(id: $id) {\n      id\n      number\n      subject\n      date\n      prefectureAckDate\n      nature\n      natureDetail\n      classificationCode\n      classificationLabel\n      classificationUnknown\n      publicationDecision\n      status\n      hidden\n      deleted\n      publishedAt\n      pastellId\n      source\n      createdAt\n      updatedAt\n      organization {\n        id\n        siren\n        name\n        publishAnnexes\n        openDataActive\n      }\n      documents {\n        id\n        fileName\n        mediaType\n        size\n        sha256\n        annex\n        withheld\n        url\n        textSource\n        ocrStatus\n        ocrConfidence\n        ocrError\n      }\n      budgetDocument {\n        id\n        status\n        stageLabel\n        year\n        establishmentName\n        lineCount\n        errorCode\n        errorMessage\n        warnings\n      }\n    }\n  }\n':
    types.ActDetailDocument,
  '\n  query ActHistory($targetIds: [String!]!) {\n    auditLog(filter: { targetIds: $targetIds }, first: 100) {\n      totalCount\n      nodes {\n        id\n        action\n        actorLabel\n        targetType\n        targetId\n        before\n        after\n        createdAt\n      }\n    }\n  }\n':
    types.ActHistoryDocument,
  '\n  mutation UpdateActSubject($id: ID!, $subject: String!) {\n    updateActSubject(id: $id, subject: $subject) {\n      id\n      subject\n      updatedAt\n    }\n  }\n':
    types.UpdateActSubjectDocument,
  '\n  mutation SetAnnexWithheld($documentId: ID!, $withheld: Boolean!) {\n    setAnnexWithheld(documentId: $documentId, withheld: $withheld) {\n      id\n      withheld\n      url\n    }\n  }\n':
    types.SetAnnexWithheldDocument,
  '\n  mutation RerunDocumentOcr($documentId: ID!) {\n    rerunDocumentOcr(documentId: $documentId) {\n      id\n      ocrStatus\n      ocrError\n    }\n  }\n':
    types.RerunDocumentOcrDocument,
  '\n  fragment ActRow on Act {\n    id\n    number\n    subject\n    date\n    nature\n    natureDetail\n    status\n    hidden\n    publicationDecision\n    publishedAt\n    classificationCode\n    documents {\n      id\n      annex\n      withheld\n    }\n  }\n':
    types.ActRowFragmentDoc,
  '\n  query Acts($filter: ActsFilter, $first: Int, $after: String, $orderBy: ActOrder) {\n    acts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...ActRow\n      }\n      highlights {\n        actId\n        subject\n        text\n      }\n    }\n  }\n':
    types.ActsDocument,
  '\n  mutation ApplyActAction($action: ActActionKind!, $ids: [ID!]!) {\n    applyActAction(action: $action, ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n':
    types.ApplyActActionDocument,
  '\n  subscription ActChanged($siren: String!) {\n    actChanged(siren: $siren) {\n      actId\n      siren\n      status\n      change\n      at\n    }\n  }\n':
    types.ActChangedDocument,
  '\n  mutation CreateAct($input: CreateActInput!, $files: [Upload!]!) {\n    createAct(input: $input, files: $files) {\n      id\n      number\n      status\n    }\n  }\n':
    types.CreateActDocument,
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n':
    types.ResetPasswordDocument,
  '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      organizationName\n      role\n      hr\n      newAccount\n    }\n  }\n':
    types.InvitationPreviewDocument,
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      email\n      organizationName\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  mutation ChangeMyPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      id\n    }\n  }\n':
    types.ChangeMyPasswordDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        email\n        displayName\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  query AuthConfig {\n    authConfig {\n      oidcEnabled\n      oidcLoginUrl\n    }\n  }\n':
    types.AuthConfigDocument,
  '\n  mutation ExchangeLoginCode($code: String!) {\n    exchangeLoginCode(code: $code) {\n      token\n      expiresAt\n      user {\n        email\n        displayName\n      }\n    }\n  }\n':
    types.ExchangeLoginCodeDocument,
  "\n  query StaffBudgetDocuments($siren: String!) {\n    staffBudgetDocuments(siren: $siren) {\n      id\n      year\n      stage\n      stageLabel\n      decisionNumber\n      siret\n      establishmentName\n      collectivityName\n      nomenclature\n      planYear\n      planFallback\n      sealedAt\n      decisionDate\n      lineCount\n      calculatedSkipped\n      encoding\n      mojibake\n      sourceFileName\n      status\n      errorCode\n      errorMessage\n      warnings\n      importedAt\n      csvUrl\n      act {\n        id\n        number\n        subject\n        date\n      }\n    }\n    # Which published documents a newer one replaced (the staff list's own field fails on an\n    # unreadable document: see the helper's report).\n    budgetDocuments(siren: $siren) {\n      id\n      superseded\n    }\n  }\n":
    types.StaffBudgetDocumentsDocument,
  '\n  mutation ReimportBudgetDocument($id: ID!) {\n    reimportBudgetDocument(id: $id)\n  }\n':
    types.ReimportBudgetDocumentDocument,
  '\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      isPlatformAdmin\n      memberships {\n        id\n        role\n        hr\n        organization {\n          id\n          siren\n          name\n        }\n      }\n    }\n  }\n':
    types.ViewerDocument,
  '\n  query OrganizationSearch($search: String, $first: Int!) {\n    organizations(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        siren\n        name\n      }\n    }\n  }\n':
    types.OrganizationSearchDocument,
  '\n  query Dashboard($siren: String!, $depositSiren: String, $monthStart: String!) {\n    toDecide: acts(filter: { siren: $siren, status: TO_DECIDE, hidden: false }, first: 1) {\n      totalCount\n    }\n    publishedThisMonth: acts(\n      filter: { siren: $siren, status: PUBLISHED, publishedFrom: $monthStart }\n      first: 1\n    ) {\n      totalCount\n    }\n    failedDeposits: deposits(filter: { siren: $depositSiren, status: FAILED }, first: 1) {\n      totalCount\n    }\n    datasets(siren: $siren) {\n      id\n      year\n      status\n      valid\n      rowCount\n    }\n    recent: auditLog(filter: { siren: $siren }, first: 5) {\n      nodes {\n        id\n        action\n        actorLabel\n        targetType\n        targetId\n        createdAt\n      }\n    }\n  }\n':
    types.DashboardDocument,
  '\n  query CatalogMetadata($siren: String!) {\n    catalogMetadata(siren: $siren) {\n      kind\n      identifier\n      title\n      description\n      license\n      frequency\n      keywords\n      edited\n      distributionCount\n      landingPage\n      updatedAt\n    }\n    catalogLicenses {\n      id\n      label\n    }\n    catalogFrequencies {\n      id\n      label\n    }\n  }\n':
    types.CatalogMetadataDocument,
  '\n  mutation UpdateCatalogMetadata(\n    $siren: String!\n    $kind: CatalogKind!\n    $input: CatalogMetadataInput!\n  ) {\n    updateCatalogMetadata(siren: $siren, kind: $kind, input: $input) {\n      kind\n      title\n      description\n      license\n      frequency\n      keywords\n      edited\n      updatedAt\n    }\n  }\n':
    types.UpdateCatalogMetadataDocument,
  '\n  query Datasets($siren: String!) {\n    datasets(siren: $siren) {\n      id\n      year\n      kind\n      status\n      valid\n      rowCount\n      size\n      generatedAt\n      publishedFileAt\n      errorCount\n      url\n      xlsxUrl\n      errors {\n        row\n        column\n        rule\n        message\n      }\n      notes\n    }\n  }\n':
    types.DatasetsDocument,
  '\n  mutation RegenerateDataset($siren: String!, $year: Int!) {\n    regenerateDataset(siren: $siren, year: $year)\n  }\n':
    types.RegenerateDatasetDocument,
  '\n  query Deposits($filter: DepositsFilter, $first: Int, $after: String) {\n    deposits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        fileName\n        status\n        siren\n        pastellId\n        errorCode\n        errorMessage\n        warnings\n        attempts\n        createdAt\n        processedAt\n        closedAt\n        closedReason\n        replacedBy\n        replaces\n        act {\n          id\n          number\n          budgetDocument {\n            id\n            status\n            stageLabel\n            errorMessage\n          }\n        }\n      }\n    }\n  }\n':
    types.DepositsDocument,
  '\n  mutation RetryDeposit($id: ID!) {\n    retryDeposit(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n':
    types.RetryDepositDocument,
  '\n  mutation CloseDepositFailure($id: ID!, $reason: String!) {\n    closeDepositFailure(id: $id, reason: $reason) {\n      id\n      closedAt\n      closedReason\n    }\n  }\n':
    types.CloseDepositFailureDocument,
  '\n  mutation ReplaceFailedDeposit($id: ID!, $file: Upload!) {\n    replaceFailedDeposit(id: $id, file: $file) {\n      id\n      fileName\n    }\n  }\n':
    types.ReplaceFailedDepositDocument,
  '\n  subscription DepositProcessed {\n    depositProcessed {\n      depositId\n      siren\n      status\n      errorCode\n      at\n    }\n  }\n':
    types.DepositProcessedDocument,
  '\n  query Schedules {\n    schedules {\n      name\n      label\n      cron\n      defaultCron\n      enabled\n      nextRunAt\n      lastRunAt\n      lastFinishedAt\n      lastStatus\n      lastDetail\n      running\n    }\n  }\n':
    types.SchedulesDocument,
  '\n  mutation UpdateSchedule($input: ScheduleInput!) {\n    updateSchedule(input: $input) {\n      name\n      cron\n      enabled\n      nextRunAt\n    }\n  }\n':
    types.UpdateScheduleDocument,
  '\n  mutation RunScheduleNow($name: String!) {\n    runScheduleNow(name: $name)\n  }\n':
    types.RunScheduleNowDocument,
  '\n  query PublicationStats($siren: String, $from: DateTimeISO, $to: DateTimeISO) {\n    publicationStats(siren: $siren, from: $from, to: $to) {\n      siren\n      acts {\n        received\n        published\n        notPublished\n        pending\n      }\n      byNature {\n        nature\n        received\n        published\n        notPublished\n        pending\n      }\n      byMonth {\n        month\n        received\n        published\n        notPublished\n        pending\n      }\n      budgetDocuments\n      contracts\n      organizations {\n        siren\n        name\n        received\n        published\n        notPublished\n        pending\n      }\n    }\n  }\n':
    types.PublicationStatsDocument,
  '\n  query SireneSync($siren: String!) {\n    sireneSync(siren: $siren) {\n      status\n      legalName\n      headOfficeSiret\n      establishments\n      hiddenEstablishments\n      checkedAt\n      syncedAt\n      errorMessage\n    }\n    establishments(siren: $siren) {\n      siret\n      name\n      headOffice\n      active\n    }\n  }\n':
    types.SireneSyncDocument,
  '\n  mutation RefreshSirene($siren: String!) {\n    refreshSirene(siren: $siren)\n  }\n':
    types.RefreshSireneDocument,
  '\n  query OrganizationsOverview($search: String, $needsReview: Boolean, $first: Int, $after: String) {\n    organizationsOverview(\n      search: $search\n      needsReview: $needsReview\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      nodes {\n        organization {\n          id\n          siren\n          siret\n          name\n          openDataActive\n          publishAnnexes\n          needsReview\n          inseeCode\n        }\n        pendingActs\n        oldestPendingSince\n        lastDepositAt\n        openFailures\n        invalidFiles\n        failedPushes\n        sireneStatus\n      }\n    }\n  }\n':
    types.OrganizationsOverviewDocument,
  '\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      siren\n      name\n    }\n  }\n':
    types.CreateOrganizationDocument,
  '\n  query AdminContracts($siren: String!, $filter: ContractFilter, $first: Int, $after: String) {\n    contracts(siren: $siren, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        decpId\n        kind\n        nature\n        subject\n        procedure\n        amount\n        notifiedOn\n        actLinkManual\n        decp\n        act {\n          id\n          number\n        }\n      }\n    }\n  }\n':
    types.AdminContractsDocument,
  '\n  query AdminContractImports($siren: String!) {\n    contractImports(siren: $siren, first: 20) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        origin\n        fileName\n        format\n        status\n        total\n        created\n        updated\n        unchanged\n        refused\n        errorCode\n        message\n        errors {\n          index\n          kind\n          decpId\n          path\n          code\n          message\n        }\n        warnings {\n          index\n          decpId\n          path\n          message\n        }\n      }\n    }\n  }\n':
    types.AdminContractImportsDocument,
  '\n  query AdminContractSources($siren: String!) {\n    contractSources(siren: $siren) {\n      id\n      url\n      active\n      lastFetchAt\n      lastStatus\n      lastError\n    }\n  }\n':
    types.AdminContractSourcesDocument,
  '\n  mutation ImportContracts($siren: String!, $file: Upload!) {\n    importContracts(siren: $siren, file: $file) {\n      id\n      status\n      created\n      updated\n      unchanged\n      refused\n      message\n    }\n  }\n':
    types.ImportContractsDocument,
  '\n  mutation SaveContractSource($input: ContractSourceInput!, $id: ID) {\n    saveContractSource(input: $input, id: $id) {\n      id\n      url\n      active\n    }\n  }\n':
    types.SaveContractSourceDocument,
  '\n  mutation FetchContractSource($id: ID!) {\n    fetchContractSource(id: $id)\n  }\n':
    types.FetchContractSourceDocument,
  '\n  query CheckContract($siren: String!, $kind: ContractKind!, $record: JSONObject!) {\n    checkContract(siren: $siren, kind: $kind, record: $record) {\n      path\n      code\n      message\n    }\n  }\n':
    types.CheckContractDocument,
  '\n  mutation CreateContract($siren: String!, $kind: ContractKind!, $record: JSONObject!) {\n    createContract(siren: $siren, kind: $kind, record: $record) {\n      id\n      decpId\n    }\n  }\n':
    types.CreateContractDocument,
  '\n  mutation UpdateContract($id: ID!, $record: JSONObject!) {\n    updateContract(id: $id, record: $record) {\n      id\n      decpId\n    }\n  }\n':
    types.UpdateContractDocument,
  '\n  mutation DeleteContract($id: ID!) {\n    deleteContract(id: $id)\n  }\n':
    types.DeleteContractDocument,
  '\n  query AdminDatagouvSettings($siren: String!) {\n    datagouvSettings(siren: $siren) {\n      siren\n      apiUrl\n      pushEnabled\n      hasApiKey\n      apiKeyHint\n      platformKeyAvailable\n      remoteOrganization\n      remoteOrgId\n      remoteOrgName\n      harvestedKinds\n    }\n    datasetPushes(siren: $siren, first: 10) {\n      id\n      createdAt\n      finishedAt\n      status\n      trigger\n      errorCode\n      errorMessage\n      uploaded\n      failed\n      datasets {\n        catalogId\n        title\n        action\n        error\n        remotePage\n        resources {\n          distributionId\n          title\n          year\n          action\n          error\n        }\n      }\n    }\n  }\n':
    types.AdminDatagouvSettingsDocument,
  '\n  mutation AdminUpdateDatagouvSettings($input: DatagouvSettingsInput!) {\n    updateDatagouvSettings(input: $input) {\n      siren\n      pushEnabled\n      hasApiKey\n      apiKeyHint\n      remoteOrganization\n      harvestedKinds\n    }\n  }\n':
    types.AdminUpdateDatagouvSettingsDocument,
  '\n  mutation AdminPushDatasets($siren: String!) {\n    pushDatasets(siren: $siren)\n  }\n':
    types.AdminPushDatasetsDocument,
  '\n  query OrganizationSettings($siren: String!) {\n    organization(siren: $siren) {\n      id\n      siren\n      name\n      siret\n      openDataActive\n      publishAnnexes\n      updatedAt\n    }\n  }\n':
    types.OrganizationSettingsDocument,
  '\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      siren\n      name\n      siret\n      openDataActive\n      publishAnnexes\n      needsReview\n      updatedAt\n    }\n  }\n':
    types.UpdateOrganizationDocument,
  '\n  query Members($siren: String!) {\n    users(siren: $siren, first: 100) {\n      totalCount\n      nodes {\n        id\n        email\n        displayName\n        status\n        memberships {\n          id\n          role\n          hr\n          fromSso\n          organization {\n            siren\n          }\n        }\n      }\n    }\n  }\n':
    types.MembersDocument,
  '\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      role\n      hr\n    }\n  }\n':
    types.AddMembershipDocument,
  '\n  mutation RemoveMembership($input: RemoveMembershipInput!) {\n    removeMembership(input: $input)\n  }\n':
    types.RemoveMembershipDocument,
  '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      outcome\n      email\n    }\n  }\n':
    types.InviteMemberDocument,
  '\n  query Invitations($siren: String!) {\n    invitations(siren: $siren) {\n      id\n      email\n      displayName\n      role\n      hr\n      expiresAt\n    }\n  }\n':
    types.InvitationsDocument,
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n':
    types.RevokeInvitationDocument,
  '\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      sirens\n      active\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n':
    types.ApiKeysDocument,
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      key {\n        id\n        name\n        prefix\n      }\n    }\n  }\n':
    types.CreateApiKeyDocument,
  '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n':
    types.RevokeApiKeyDocument,
  '\n  subscription JobProgress {\n    jobProgress {\n      jobId\n      name\n      state\n      progress\n      message\n      siren\n      at\n    }\n  }\n':
    types.JobProgressDocument,
  '\n  query WidgetSettings($siren: String!) {\n    widgetSettings(siren: $siren) {\n      id\n      siren\n      title\n      primaryColor\n      backgroundColor\n      textColor\n      natures\n      classifications\n      dateFrom\n      dateTo\n      year\n      pageSize\n      updatedAt\n    }\n  }\n':
    types.WidgetSettingsDocument,
  '\n  mutation UpdateWidgetSettings($input: UpdateWidgetSettingsInput!) {\n    updateWidgetSettings(input: $input) {\n      id\n      siren\n      title\n      primaryColor\n      backgroundColor\n      textColor\n      natures\n      classifications\n      dateFrom\n      dateTo\n      year\n      pageSize\n      updatedAt\n    }\n  }\n':
    types.UpdateWidgetSettingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Jobs($first: Int, $after: String, $state: JobState) {\n    jobs(first: $first, after: $after, state: $state) {\n      totalCount\n      nodes {\n        id\n        name\n        state\n        progress\n        message\n        siren\n        repeating\n        failCount\n        nextRunAt\n        lastRunAt\n        finishedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Jobs($first: Int, $after: String, $state: JobState) {\n    jobs(first: $first, after: $after, state: $state) {\n      totalCount\n      nodes {\n        id\n        name\n        state\n        progress\n        message\n        siren\n        repeating\n        failCount\n        nextRunAt\n        lastRunAt\n        finishedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditFeed($siren: String, $first: Int, $after: String) {\n    auditLog(filter: { siren: $siren }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        actorLabel\n        targetType\n        targetId\n        before\n        after\n        createdAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditFeed($siren: String, $first: Int, $after: String) {\n    auditLog(filter: { siren: $siren }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        actorLabel\n        targetType\n        targetId\n        before\n        after\n        createdAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SentMails($first: Int!) {\n    sentMails(first: $first) {\n      toFiles\n      mails {\n        id\n        date\n        to\n        subject\n        text\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SentMails($first: Int!) {\n    sentMails(first: $first) {\n      toFiles\n      mails {\n        id\n        date\n        to\n        subject\n        text\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActDetail($id: ID!) {\n    act(id: $id) {\n      id\n      number\n      subject\n      date\n      prefectureAckDate\n      nature\n      natureDetail\n      classificationCode\n      classificationLabel\n      classificationUnknown\n      publicationDecision\n      status\n      hidden\n      deleted\n      publishedAt\n      pastellId\n      source\n      createdAt\n      updatedAt\n      organization {\n        id\n        siren\n        name\n        publishAnnexes\n        openDataActive\n      }\n      documents {\n        id\n        fileName\n        mediaType\n        size\n        sha256\n        annex\n        withheld\n        url\n        textSource\n        ocrStatus\n        ocrConfidence\n        ocrError\n      }\n      budgetDocument {\n        id\n        status\n        stageLabel\n        year\n        establishmentName\n        lineCount\n        errorCode\n        errorMessage\n        warnings\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActDetail($id: ID!) {\n    act(id: $id) {\n      id\n      number\n      subject\n      date\n      prefectureAckDate\n      nature\n      natureDetail\n      classificationCode\n      classificationLabel\n      classificationUnknown\n      publicationDecision\n      status\n      hidden\n      deleted\n      publishedAt\n      pastellId\n      source\n      createdAt\n      updatedAt\n      organization {\n        id\n        siren\n        name\n        publishAnnexes\n        openDataActive\n      }\n      documents {\n        id\n        fileName\n        mediaType\n        size\n        sha256\n        annex\n        withheld\n        url\n        textSource\n        ocrStatus\n        ocrConfidence\n        ocrError\n      }\n      budgetDocument {\n        id\n        status\n        stageLabel\n        year\n        establishmentName\n        lineCount\n        errorCode\n        errorMessage\n        warnings\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActHistory($targetIds: [String!]!) {\n    auditLog(filter: { targetIds: $targetIds }, first: 100) {\n      totalCount\n      nodes {\n        id\n        action\n        actorLabel\n        targetType\n        targetId\n        before\n        after\n        createdAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActHistory($targetIds: [String!]!) {\n    auditLog(filter: { targetIds: $targetIds }, first: 100) {\n      totalCount\n      nodes {\n        id\n        action\n        actorLabel\n        targetType\n        targetId\n        before\n        after\n        createdAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateActSubject($id: ID!, $subject: String!) {\n    updateActSubject(id: $id, subject: $subject) {\n      id\n      subject\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateActSubject($id: ID!, $subject: String!) {\n    updateActSubject(id: $id, subject: $subject) {\n      id\n      subject\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAnnexWithheld($documentId: ID!, $withheld: Boolean!) {\n    setAnnexWithheld(documentId: $documentId, withheld: $withheld) {\n      id\n      withheld\n      url\n    }\n  }\n',
): (typeof documents)['\n  mutation SetAnnexWithheld($documentId: ID!, $withheld: Boolean!) {\n    setAnnexWithheld(documentId: $documentId, withheld: $withheld) {\n      id\n      withheld\n      url\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RerunDocumentOcr($documentId: ID!) {\n    rerunDocumentOcr(documentId: $documentId) {\n      id\n      ocrStatus\n      ocrError\n    }\n  }\n',
): (typeof documents)['\n  mutation RerunDocumentOcr($documentId: ID!) {\n    rerunDocumentOcr(documentId: $documentId) {\n      id\n      ocrStatus\n      ocrError\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ActRow on Act {\n    id\n    number\n    subject\n    date\n    nature\n    natureDetail\n    status\n    hidden\n    publicationDecision\n    publishedAt\n    classificationCode\n    documents {\n      id\n      annex\n      withheld\n    }\n  }\n',
): (typeof documents)['\n  fragment ActRow on Act {\n    id\n    number\n    subject\n    date\n    nature\n    natureDetail\n    status\n    hidden\n    publicationDecision\n    publishedAt\n    classificationCode\n    documents {\n      id\n      annex\n      withheld\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Acts($filter: ActsFilter, $first: Int, $after: String, $orderBy: ActOrder) {\n    acts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...ActRow\n      }\n      highlights {\n        actId\n        subject\n        text\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Acts($filter: ActsFilter, $first: Int, $after: String, $orderBy: ActOrder) {\n    acts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...ActRow\n      }\n      highlights {\n        actId\n        subject\n        text\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplyActAction($action: ActActionKind!, $ids: [ID!]!) {\n    applyActAction(action: $action, ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n',
): (typeof documents)['\n  mutation ApplyActAction($action: ActActionKind!, $ids: [ID!]!) {\n    applyActAction(action: $action, ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ActChanged($siren: String!) {\n    actChanged(siren: $siren) {\n      actId\n      siren\n      status\n      change\n      at\n    }\n  }\n',
): (typeof documents)['\n  subscription ActChanged($siren: String!) {\n    actChanged(siren: $siren) {\n      actId\n      siren\n      status\n      change\n      at\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateAct($input: CreateActInput!, $files: [Upload!]!) {\n    createAct(input: $input, files: $files) {\n      id\n      number\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateAct($input: CreateActInput!, $files: [Upload!]!) {\n    createAct(input: $input, files: $files) {\n      id\n      number\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      organizationName\n      role\n      hr\n      newAccount\n    }\n  }\n',
): (typeof documents)['\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      organizationName\n      role\n      hr\n      newAccount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      email\n      organizationName\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      email\n      organizationName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeMyPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeMyPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        email\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        email\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuthConfig {\n    authConfig {\n      oidcEnabled\n      oidcLoginUrl\n    }\n  }\n',
): (typeof documents)['\n  query AuthConfig {\n    authConfig {\n      oidcEnabled\n      oidcLoginUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExchangeLoginCode($code: String!) {\n    exchangeLoginCode(code: $code) {\n      token\n      expiresAt\n      user {\n        email\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ExchangeLoginCode($code: String!) {\n    exchangeLoginCode(code: $code) {\n      token\n      expiresAt\n      user {\n        email\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query StaffBudgetDocuments($siren: String!) {\n    staffBudgetDocuments(siren: $siren) {\n      id\n      year\n      stage\n      stageLabel\n      decisionNumber\n      siret\n      establishmentName\n      collectivityName\n      nomenclature\n      planYear\n      planFallback\n      sealedAt\n      decisionDate\n      lineCount\n      calculatedSkipped\n      encoding\n      mojibake\n      sourceFileName\n      status\n      errorCode\n      errorMessage\n      warnings\n      importedAt\n      csvUrl\n      act {\n        id\n        number\n        subject\n        date\n      }\n    }\n    # Which published documents a newer one replaced (the staff list's own field fails on an\n    # unreadable document: see the helper's report).\n    budgetDocuments(siren: $siren) {\n      id\n      superseded\n    }\n  }\n",
): (typeof documents)["\n  query StaffBudgetDocuments($siren: String!) {\n    staffBudgetDocuments(siren: $siren) {\n      id\n      year\n      stage\n      stageLabel\n      decisionNumber\n      siret\n      establishmentName\n      collectivityName\n      nomenclature\n      planYear\n      planFallback\n      sealedAt\n      decisionDate\n      lineCount\n      calculatedSkipped\n      encoding\n      mojibake\n      sourceFileName\n      status\n      errorCode\n      errorMessage\n      warnings\n      importedAt\n      csvUrl\n      act {\n        id\n        number\n        subject\n        date\n      }\n    }\n    # Which published documents a newer one replaced (the staff list's own field fails on an\n    # unreadable document: see the helper's report).\n    budgetDocuments(siren: $siren) {\n      id\n      superseded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReimportBudgetDocument($id: ID!) {\n    reimportBudgetDocument(id: $id)\n  }\n',
): (typeof documents)['\n  mutation ReimportBudgetDocument($id: ID!) {\n    reimportBudgetDocument(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      isPlatformAdmin\n      memberships {\n        id\n        role\n        hr\n        organization {\n          id\n          siren\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      isPlatformAdmin\n      memberships {\n        id\n        role\n        hr\n        organization {\n          id\n          siren\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationSearch($search: String, $first: Int!) {\n    organizations(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        siren\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationSearch($search: String, $first: Int!) {\n    organizations(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        siren\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Dashboard($siren: String!, $depositSiren: String, $monthStart: String!) {\n    toDecide: acts(filter: { siren: $siren, status: TO_DECIDE, hidden: false }, first: 1) {\n      totalCount\n    }\n    publishedThisMonth: acts(\n      filter: { siren: $siren, status: PUBLISHED, publishedFrom: $monthStart }\n      first: 1\n    ) {\n      totalCount\n    }\n    failedDeposits: deposits(filter: { siren: $depositSiren, status: FAILED }, first: 1) {\n      totalCount\n    }\n    datasets(siren: $siren) {\n      id\n      year\n      status\n      valid\n      rowCount\n    }\n    recent: auditLog(filter: { siren: $siren }, first: 5) {\n      nodes {\n        id\n        action\n        actorLabel\n        targetType\n        targetId\n        createdAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Dashboard($siren: String!, $depositSiren: String, $monthStart: String!) {\n    toDecide: acts(filter: { siren: $siren, status: TO_DECIDE, hidden: false }, first: 1) {\n      totalCount\n    }\n    publishedThisMonth: acts(\n      filter: { siren: $siren, status: PUBLISHED, publishedFrom: $monthStart }\n      first: 1\n    ) {\n      totalCount\n    }\n    failedDeposits: deposits(filter: { siren: $depositSiren, status: FAILED }, first: 1) {\n      totalCount\n    }\n    datasets(siren: $siren) {\n      id\n      year\n      status\n      valid\n      rowCount\n    }\n    recent: auditLog(filter: { siren: $siren }, first: 5) {\n      nodes {\n        id\n        action\n        actorLabel\n        targetType\n        targetId\n        createdAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogMetadata($siren: String!) {\n    catalogMetadata(siren: $siren) {\n      kind\n      identifier\n      title\n      description\n      license\n      frequency\n      keywords\n      edited\n      distributionCount\n      landingPage\n      updatedAt\n    }\n    catalogLicenses {\n      id\n      label\n    }\n    catalogFrequencies {\n      id\n      label\n    }\n  }\n',
): (typeof documents)['\n  query CatalogMetadata($siren: String!) {\n    catalogMetadata(siren: $siren) {\n      kind\n      identifier\n      title\n      description\n      license\n      frequency\n      keywords\n      edited\n      distributionCount\n      landingPage\n      updatedAt\n    }\n    catalogLicenses {\n      id\n      label\n    }\n    catalogFrequencies {\n      id\n      label\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCatalogMetadata(\n    $siren: String!\n    $kind: CatalogKind!\n    $input: CatalogMetadataInput!\n  ) {\n    updateCatalogMetadata(siren: $siren, kind: $kind, input: $input) {\n      kind\n      title\n      description\n      license\n      frequency\n      keywords\n      edited\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCatalogMetadata(\n    $siren: String!\n    $kind: CatalogKind!\n    $input: CatalogMetadataInput!\n  ) {\n    updateCatalogMetadata(siren: $siren, kind: $kind, input: $input) {\n      kind\n      title\n      description\n      license\n      frequency\n      keywords\n      edited\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Datasets($siren: String!) {\n    datasets(siren: $siren) {\n      id\n      year\n      kind\n      status\n      valid\n      rowCount\n      size\n      generatedAt\n      publishedFileAt\n      errorCount\n      url\n      xlsxUrl\n      errors {\n        row\n        column\n        rule\n        message\n      }\n      notes\n    }\n  }\n',
): (typeof documents)['\n  query Datasets($siren: String!) {\n    datasets(siren: $siren) {\n      id\n      year\n      kind\n      status\n      valid\n      rowCount\n      size\n      generatedAt\n      publishedFileAt\n      errorCount\n      url\n      xlsxUrl\n      errors {\n        row\n        column\n        rule\n        message\n      }\n      notes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegenerateDataset($siren: String!, $year: Int!) {\n    regenerateDataset(siren: $siren, year: $year)\n  }\n',
): (typeof documents)['\n  mutation RegenerateDataset($siren: String!, $year: Int!) {\n    regenerateDataset(siren: $siren, year: $year)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Deposits($filter: DepositsFilter, $first: Int, $after: String) {\n    deposits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        fileName\n        status\n        siren\n        pastellId\n        errorCode\n        errorMessage\n        warnings\n        attempts\n        createdAt\n        processedAt\n        closedAt\n        closedReason\n        replacedBy\n        replaces\n        act {\n          id\n          number\n          budgetDocument {\n            id\n            status\n            stageLabel\n            errorMessage\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Deposits($filter: DepositsFilter, $first: Int, $after: String) {\n    deposits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        fileName\n        status\n        siren\n        pastellId\n        errorCode\n        errorMessage\n        warnings\n        attempts\n        createdAt\n        processedAt\n        closedAt\n        closedReason\n        replacedBy\n        replaces\n        act {\n          id\n          number\n          budgetDocument {\n            id\n            status\n            stageLabel\n            errorMessage\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryDeposit($id: ID!) {\n    retryDeposit(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n',
): (typeof documents)['\n  mutation RetryDeposit($id: ID!) {\n    retryDeposit(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseDepositFailure($id: ID!, $reason: String!) {\n    closeDepositFailure(id: $id, reason: $reason) {\n      id\n      closedAt\n      closedReason\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseDepositFailure($id: ID!, $reason: String!) {\n    closeDepositFailure(id: $id, reason: $reason) {\n      id\n      closedAt\n      closedReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplaceFailedDeposit($id: ID!, $file: Upload!) {\n    replaceFailedDeposit(id: $id, file: $file) {\n      id\n      fileName\n    }\n  }\n',
): (typeof documents)['\n  mutation ReplaceFailedDeposit($id: ID!, $file: Upload!) {\n    replaceFailedDeposit(id: $id, file: $file) {\n      id\n      fileName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription DepositProcessed {\n    depositProcessed {\n      depositId\n      siren\n      status\n      errorCode\n      at\n    }\n  }\n',
): (typeof documents)['\n  subscription DepositProcessed {\n    depositProcessed {\n      depositId\n      siren\n      status\n      errorCode\n      at\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Schedules {\n    schedules {\n      name\n      label\n      cron\n      defaultCron\n      enabled\n      nextRunAt\n      lastRunAt\n      lastFinishedAt\n      lastStatus\n      lastDetail\n      running\n    }\n  }\n',
): (typeof documents)['\n  query Schedules {\n    schedules {\n      name\n      label\n      cron\n      defaultCron\n      enabled\n      nextRunAt\n      lastRunAt\n      lastFinishedAt\n      lastStatus\n      lastDetail\n      running\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSchedule($input: ScheduleInput!) {\n    updateSchedule(input: $input) {\n      name\n      cron\n      enabled\n      nextRunAt\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSchedule($input: ScheduleInput!) {\n    updateSchedule(input: $input) {\n      name\n      cron\n      enabled\n      nextRunAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RunScheduleNow($name: String!) {\n    runScheduleNow(name: $name)\n  }\n',
): (typeof documents)['\n  mutation RunScheduleNow($name: String!) {\n    runScheduleNow(name: $name)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicationStats($siren: String, $from: DateTimeISO, $to: DateTimeISO) {\n    publicationStats(siren: $siren, from: $from, to: $to) {\n      siren\n      acts {\n        received\n        published\n        notPublished\n        pending\n      }\n      byNature {\n        nature\n        received\n        published\n        notPublished\n        pending\n      }\n      byMonth {\n        month\n        received\n        published\n        notPublished\n        pending\n      }\n      budgetDocuments\n      contracts\n      organizations {\n        siren\n        name\n        received\n        published\n        notPublished\n        pending\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PublicationStats($siren: String, $from: DateTimeISO, $to: DateTimeISO) {\n    publicationStats(siren: $siren, from: $from, to: $to) {\n      siren\n      acts {\n        received\n        published\n        notPublished\n        pending\n      }\n      byNature {\n        nature\n        received\n        published\n        notPublished\n        pending\n      }\n      byMonth {\n        month\n        received\n        published\n        notPublished\n        pending\n      }\n      budgetDocuments\n      contracts\n      organizations {\n        siren\n        name\n        received\n        published\n        notPublished\n        pending\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SireneSync($siren: String!) {\n    sireneSync(siren: $siren) {\n      status\n      legalName\n      headOfficeSiret\n      establishments\n      hiddenEstablishments\n      checkedAt\n      syncedAt\n      errorMessage\n    }\n    establishments(siren: $siren) {\n      siret\n      name\n      headOffice\n      active\n    }\n  }\n',
): (typeof documents)['\n  query SireneSync($siren: String!) {\n    sireneSync(siren: $siren) {\n      status\n      legalName\n      headOfficeSiret\n      establishments\n      hiddenEstablishments\n      checkedAt\n      syncedAt\n      errorMessage\n    }\n    establishments(siren: $siren) {\n      siret\n      name\n      headOffice\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshSirene($siren: String!) {\n    refreshSirene(siren: $siren)\n  }\n',
): (typeof documents)['\n  mutation RefreshSirene($siren: String!) {\n    refreshSirene(siren: $siren)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationsOverview($search: String, $needsReview: Boolean, $first: Int, $after: String) {\n    organizationsOverview(\n      search: $search\n      needsReview: $needsReview\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      nodes {\n        organization {\n          id\n          siren\n          siret\n          name\n          openDataActive\n          publishAnnexes\n          needsReview\n          inseeCode\n        }\n        pendingActs\n        oldestPendingSince\n        lastDepositAt\n        openFailures\n        invalidFiles\n        failedPushes\n        sireneStatus\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationsOverview($search: String, $needsReview: Boolean, $first: Int, $after: String) {\n    organizationsOverview(\n      search: $search\n      needsReview: $needsReview\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      nodes {\n        organization {\n          id\n          siren\n          siret\n          name\n          openDataActive\n          publishAnnexes\n          needsReview\n          inseeCode\n        }\n        pendingActs\n        oldestPendingSince\n        lastDepositAt\n        openFailures\n        invalidFiles\n        failedPushes\n        sireneStatus\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      siren\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      siren\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminContracts($siren: String!, $filter: ContractFilter, $first: Int, $after: String) {\n    contracts(siren: $siren, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        decpId\n        kind\n        nature\n        subject\n        procedure\n        amount\n        notifiedOn\n        actLinkManual\n        decp\n        act {\n          id\n          number\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminContracts($siren: String!, $filter: ContractFilter, $first: Int, $after: String) {\n    contracts(siren: $siren, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        decpId\n        kind\n        nature\n        subject\n        procedure\n        amount\n        notifiedOn\n        actLinkManual\n        decp\n        act {\n          id\n          number\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminContractImports($siren: String!) {\n    contractImports(siren: $siren, first: 20) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        origin\n        fileName\n        format\n        status\n        total\n        created\n        updated\n        unchanged\n        refused\n        errorCode\n        message\n        errors {\n          index\n          kind\n          decpId\n          path\n          code\n          message\n        }\n        warnings {\n          index\n          decpId\n          path\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminContractImports($siren: String!) {\n    contractImports(siren: $siren, first: 20) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        origin\n        fileName\n        format\n        status\n        total\n        created\n        updated\n        unchanged\n        refused\n        errorCode\n        message\n        errors {\n          index\n          kind\n          decpId\n          path\n          code\n          message\n        }\n        warnings {\n          index\n          decpId\n          path\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminContractSources($siren: String!) {\n    contractSources(siren: $siren) {\n      id\n      url\n      active\n      lastFetchAt\n      lastStatus\n      lastError\n    }\n  }\n',
): (typeof documents)['\n  query AdminContractSources($siren: String!) {\n    contractSources(siren: $siren) {\n      id\n      url\n      active\n      lastFetchAt\n      lastStatus\n      lastError\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportContracts($siren: String!, $file: Upload!) {\n    importContracts(siren: $siren, file: $file) {\n      id\n      status\n      created\n      updated\n      unchanged\n      refused\n      message\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportContracts($siren: String!, $file: Upload!) {\n    importContracts(siren: $siren, file: $file) {\n      id\n      status\n      created\n      updated\n      unchanged\n      refused\n      message\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveContractSource($input: ContractSourceInput!, $id: ID) {\n    saveContractSource(input: $input, id: $id) {\n      id\n      url\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveContractSource($input: ContractSourceInput!, $id: ID) {\n    saveContractSource(input: $input, id: $id) {\n      id\n      url\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FetchContractSource($id: ID!) {\n    fetchContractSource(id: $id)\n  }\n',
): (typeof documents)['\n  mutation FetchContractSource($id: ID!) {\n    fetchContractSource(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CheckContract($siren: String!, $kind: ContractKind!, $record: JSONObject!) {\n    checkContract(siren: $siren, kind: $kind, record: $record) {\n      path\n      code\n      message\n    }\n  }\n',
): (typeof documents)['\n  query CheckContract($siren: String!, $kind: ContractKind!, $record: JSONObject!) {\n    checkContract(siren: $siren, kind: $kind, record: $record) {\n      path\n      code\n      message\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateContract($siren: String!, $kind: ContractKind!, $record: JSONObject!) {\n    createContract(siren: $siren, kind: $kind, record: $record) {\n      id\n      decpId\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateContract($siren: String!, $kind: ContractKind!, $record: JSONObject!) {\n    createContract(siren: $siren, kind: $kind, record: $record) {\n      id\n      decpId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateContract($id: ID!, $record: JSONObject!) {\n    updateContract(id: $id, record: $record) {\n      id\n      decpId\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateContract($id: ID!, $record: JSONObject!) {\n    updateContract(id: $id, record: $record) {\n      id\n      decpId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteContract($id: ID!) {\n    deleteContract(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteContract($id: ID!) {\n    deleteContract(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminDatagouvSettings($siren: String!) {\n    datagouvSettings(siren: $siren) {\n      siren\n      apiUrl\n      pushEnabled\n      hasApiKey\n      apiKeyHint\n      platformKeyAvailable\n      remoteOrganization\n      remoteOrgId\n      remoteOrgName\n      harvestedKinds\n    }\n    datasetPushes(siren: $siren, first: 10) {\n      id\n      createdAt\n      finishedAt\n      status\n      trigger\n      errorCode\n      errorMessage\n      uploaded\n      failed\n      datasets {\n        catalogId\n        title\n        action\n        error\n        remotePage\n        resources {\n          distributionId\n          title\n          year\n          action\n          error\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminDatagouvSettings($siren: String!) {\n    datagouvSettings(siren: $siren) {\n      siren\n      apiUrl\n      pushEnabled\n      hasApiKey\n      apiKeyHint\n      platformKeyAvailable\n      remoteOrganization\n      remoteOrgId\n      remoteOrgName\n      harvestedKinds\n    }\n    datasetPushes(siren: $siren, first: 10) {\n      id\n      createdAt\n      finishedAt\n      status\n      trigger\n      errorCode\n      errorMessage\n      uploaded\n      failed\n      datasets {\n        catalogId\n        title\n        action\n        error\n        remotePage\n        resources {\n          distributionId\n          title\n          year\n          action\n          error\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminUpdateDatagouvSettings($input: DatagouvSettingsInput!) {\n    updateDatagouvSettings(input: $input) {\n      siren\n      pushEnabled\n      hasApiKey\n      apiKeyHint\n      remoteOrganization\n      harvestedKinds\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminUpdateDatagouvSettings($input: DatagouvSettingsInput!) {\n    updateDatagouvSettings(input: $input) {\n      siren\n      pushEnabled\n      hasApiKey\n      apiKeyHint\n      remoteOrganization\n      harvestedKinds\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminPushDatasets($siren: String!) {\n    pushDatasets(siren: $siren)\n  }\n',
): (typeof documents)['\n  mutation AdminPushDatasets($siren: String!) {\n    pushDatasets(siren: $siren)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationSettings($siren: String!) {\n    organization(siren: $siren) {\n      id\n      siren\n      name\n      siret\n      openDataActive\n      publishAnnexes\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationSettings($siren: String!) {\n    organization(siren: $siren) {\n      id\n      siren\n      name\n      siret\n      openDataActive\n      publishAnnexes\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      siren\n      name\n      siret\n      openDataActive\n      publishAnnexes\n      needsReview\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      siren\n      name\n      siret\n      openDataActive\n      publishAnnexes\n      needsReview\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Members($siren: String!) {\n    users(siren: $siren, first: 100) {\n      totalCount\n      nodes {\n        id\n        email\n        displayName\n        status\n        memberships {\n          id\n          role\n          hr\n          fromSso\n          organization {\n            siren\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Members($siren: String!) {\n    users(siren: $siren, first: 100) {\n      totalCount\n      nodes {\n        id\n        email\n        displayName\n        status\n        memberships {\n          id\n          role\n          hr\n          fromSso\n          organization {\n            siren\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      role\n      hr\n    }\n  }\n',
): (typeof documents)['\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      id\n      role\n      hr\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveMembership($input: RemoveMembershipInput!) {\n    removeMembership(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RemoveMembership($input: RemoveMembershipInput!) {\n    removeMembership(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      outcome\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      outcome\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Invitations($siren: String!) {\n    invitations(siren: $siren) {\n      id\n      email\n      displayName\n      role\n      hr\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query Invitations($siren: String!) {\n    invitations(siren: $siren) {\n      id\n      email\n      displayName\n      role\n      hr\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      sirens\n      active\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      sirens\n      active\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      key {\n        id\n        name\n        prefix\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      key {\n        id\n        name\n        prefix\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription JobProgress {\n    jobProgress {\n      jobId\n      name\n      state\n      progress\n      message\n      siren\n      at\n    }\n  }\n',
): (typeof documents)['\n  subscription JobProgress {\n    jobProgress {\n      jobId\n      name\n      state\n      progress\n      message\n      siren\n      at\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WidgetSettings($siren: String!) {\n    widgetSettings(siren: $siren) {\n      id\n      siren\n      title\n      primaryColor\n      backgroundColor\n      textColor\n      natures\n      classifications\n      dateFrom\n      dateTo\n      year\n      pageSize\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  query WidgetSettings($siren: String!) {\n    widgetSettings(siren: $siren) {\n      id\n      siren\n      title\n      primaryColor\n      backgroundColor\n      textColor\n      natures\n      classifications\n      dateFrom\n      dateTo\n      year\n      pageSize\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateWidgetSettings($input: UpdateWidgetSettingsInput!) {\n    updateWidgetSettings(input: $input) {\n      id\n      siren\n      title\n      primaryColor\n      backgroundColor\n      textColor\n      natures\n      classifications\n      dateFrom\n      dateTo\n      year\n      pageSize\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateWidgetSettings($input: UpdateWidgetSettingsInput!) {\n    updateWidgetSettings(input: $input) {\n      id\n      siren\n      title\n      primaryColor\n      backgroundColor\n      textColor\n      natures\n      classifications\n      dateFrom\n      dateTo\n      year\n      pageSize\n      updatedAt\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
