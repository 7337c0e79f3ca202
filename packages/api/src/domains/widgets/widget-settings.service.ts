import type { EntityManager } from '@mikro-orm/core';
import { ActNature } from '../acts/act.enums.js';
import type { AuditService } from '../../identity/audit/audit.service.js';
import type { AccessService } from '../../identity/auth/access.js';
import { Role } from '../../identity/auth/membership.entity.js';
import { InvalidInputError } from '../../core/errors.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { themeContrastProblems } from '../../shared/contrast.js';
import { WidgetSettings } from './widget-settings.entity.js';
import type { UpdateWidgetSettingsInput } from './widget-settings.inputs.js';
import type { PublicWidgetSettings } from './widget-settings.types.js';

type Values = Pick<
  WidgetSettings,
  | 'customTitle'
  | 'primaryColor'
  | 'backgroundColor'
  | 'textColor'
  | 'natures'
  | 'classifications'
  | 'dateFrom'
  | 'dateTo'
  | 'year'
  | 'pageSize'
>;

export function defaultWidgetTitle(orgName: string): string {
  return `Actes publiés de ${orgName}`;
}

/** The acts widget of each organisation: staff read and edit it, the widget reads the public part. */
export class WidgetSettingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  private org(siren: string, role: Role): Promise<Organization> {
    return this.access.requireOrganization(siren, role);
  }

  private stored(org: Organization): Promise<WidgetSettings | null> {
    return this.em.findOne(
      WidgetSettings,
      { organization: org.id },
      { populate: ['organization'] },
    );
  }

  /** Stored settings, or the defaults (not saved) when the organisation never changed them. */
  private async settingsOf(org: Organization): Promise<WidgetSettings> {
    return (await this.stored(org)) ?? Object.assign(new WidgetSettings(), { organization: org });
  }

  async get(siren: string): Promise<WidgetSettings> {
    return this.settingsOf(await this.org(siren, Role.VIEWER));
  }

  /** Organisation administrators and platform administrators. Refuses unreadable themes. */
  async update(input: UpdateWidgetSettingsInput): Promise<WidgetSettings> {
    const org = await this.org(input.siren, Role.ADMIN);
    const stored = await this.stored(org);
    const current = stored ?? Object.assign(new WidgetSettings(), { organization: org });
    const before = valuesOf(current);
    const title = input.title === undefined ? current.customTitle : input.title?.trim() || null;
    const next: Values = {
      customTitle: title === defaultWidgetTitle(org.name) ? null : title,
      primaryColor: (input.primaryColor ?? current.primaryColor).toLowerCase(),
      backgroundColor: (input.backgroundColor ?? current.backgroundColor).toLowerCase(),
      textColor: (input.textColor ?? current.textColor).toLowerCase(),
      natures: input.natures ? [...new Set(input.natures)] : current.natures,
      classifications: input.classifications
        ? [...new Set(input.classifications)]
        : current.classifications,
      dateFrom: input.dateFrom === undefined ? current.dateFrom : input.dateFrom,
      dateTo: input.dateTo === undefined ? current.dateTo : input.dateTo,
      year: input.year === undefined ? current.year : input.year,
      pageSize: input.pageSize ?? current.pageSize,
    };
    check(next);
    const settings = stored ?? this.em.create(WidgetSettings, { organization: org });
    Object.assign(settings, next);
    this.audit.record(
      'widget.update',
      { type: 'WidgetSettings', id: settings.id, siren: org.siren },
      before,
      next,
    );
    await this.em.flush();
    return settings;
  }

  /** Public: the widget's settings for an organisation whose open data is active, else null. */
  async findPublic(siren: string): Promise<PublicWidgetSettings | null> {
    const org = await this.em.findOne(Organization, { siren, openDataActive: true });
    if (!org) {
      return null;
    }
    const s = await this.settingsOf(org);
    return {
      siren: org.siren,
      organizationName: org.name,
      title: this.titleOf(s),
      primaryColor: s.primaryColor,
      backgroundColor: s.backgroundColor,
      textColor: s.textColor,
      natures: s.natures,
      classifications: s.classifications,
      dateFrom: s.dateFrom ?? null,
      dateTo: s.dateTo ?? null,
      year: s.year ?? null,
      pageSize: s.pageSize,
    };
  }

  titleOf(settings: WidgetSettings): string {
    return settings.customTitle ?? defaultWidgetTitle(settings.organization.name);
  }
}

function valuesOf(s: WidgetSettings): Values {
  const {
    customTitle,
    primaryColor,
    backgroundColor,
    textColor,
    natures,
    classifications,
    dateFrom,
    dateTo,
    year,
    pageSize,
  } = s;
  return {
    customTitle: customTitle ?? null,
    primaryColor,
    backgroundColor,
    textColor,
    natures,
    classifications,
    dateFrom: dateFrom ?? null,
    dateTo: dateTo ?? null,
    year: year ?? null,
    pageSize,
  };
}

function check(v: Values): void {
  if (v.natures.includes(ActNature.INDIVIDUAL)) {
    throw new InvalidInputError(
      'widgets/individual_nature',
      'Les actes individuels ne sont jamais publiés : ils ne peuvent pas être présélectionnés.',
    );
  }
  if (v.dateFrom && v.dateTo && v.dateFrom > v.dateTo) {
    throw new InvalidInputError(
      'widgets/invalid_date_range',
      'La date de début doit précéder la date de fin.',
    );
  }
  if (v.year != null && (v.dateFrom || v.dateTo)) {
    throw new InvalidInputError(
      'widgets/year_and_dates',
      'Choisissez une année ou une plage de dates, pas les deux.',
    );
  }
  const problems = themeContrastProblems(v);
  if (problems.length) {
    throw new InvalidInputError('widgets/low_contrast', problems.map((p) => p.message).join(' '), {
      problems: problems.map(({ pair, ratio }) => ({ pair, ratio: Math.floor(ratio * 100) / 100 })),
    });
  }
}
