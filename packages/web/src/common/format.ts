import type { Department } from '../api/types.ts';

// Dates are shown in the device's time zone: the clinic's computers are in the clinic.

export function formatTime(iso: string, lng: string): string {
  return new Intl.DateTimeFormat(lng, { hour: '2-digit', minute: '2-digit', hour12: false }).format(
    new Date(iso),
  );
}

export function formatDate(iso: string | Date, lng: string): string {
  return new Intl.DateTimeFormat(lng, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  }).format(typeof iso === 'string' ? new Date(iso) : iso);
}

export function formatDateTime(iso: string, lng: string): string {
  return new Intl.DateTimeFormat(lng, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

export function departmentName(dept: Department | null, lng: string): string {
  if (!dept) return '';
  return lng.startsWith('zh') ? dept.nameZh : dept.nameEn;
}
