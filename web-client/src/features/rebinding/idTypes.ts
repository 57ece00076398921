import type { ProfileOption } from '../../api/xueshi-client';

/** 证件类型 when the profile options cannot be read (e.g. signed out); the server's camelCase values. */
export const FALLBACK_ID_TYPES: ProfileOption[] = [
  { value: 'residentId', label: '居民身份证' },
  { value: 'hongKongMacauPermit', label: '港澳居民来往内地通行证' },
  { value: 'taiwanPermit', label: '台湾居民来往大陆通行证' },
  { value: 'passport', label: '护照' },
  { value: 'foreignPermanentResidentId', label: '外国人永久居留身份证' },
];
