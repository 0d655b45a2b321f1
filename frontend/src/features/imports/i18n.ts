import { registerMessages, type FeatureMessages } from '@/lib/i18n';

/*
 * The import page's own words beyond the core's import.* (a feature dictionary, see lib/i18n/index.tsx): what each
 * data set holds, in a line under its choice. It loads with the import wizard, never in the first load. The grant
 * cases' and the catalogue's data sets are worded in their features' dictionaries, which the import page loads too.
 */
export const ja = {
  'import.datasetHint.districts': "校区のコード・名称・よみ・区・公民館。",
  'import.datasetHint.organizations': "自治会・町内会などの団体の種別・校区・上位団体・認可など。",
  'import.datasetHint.membership-figures': "団体ごと・年度ごとの世帯数と加入世帯数。",
  'import.datasetHint.district-statistics': "校区ごと・年度ごとの住民基本台帳の人口と世帯数。",
} satisfies Record<string, string>;

/** English, typed against the Japanese: a missing or extra key fails the build. */
export const en: FeatureMessages<typeof ja> = {
  'import.datasetHint.districts': "Each district’s code, name, reading, ward and community hall.",
  'import.datasetHint.organizations': "Associations and other organizations: kind, district, parent and authorization.",
  'import.datasetHint.membership-figures': "Households and member households per organization and fiscal year.",
  'import.datasetHint.district-statistics': "Population and households per district and fiscal year, from the resident registry.",
};

registerMessages({ ja, en });
