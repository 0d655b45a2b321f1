import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';
import { officersQueryKey, type Officer } from './get-officers';

export type OfficerInput = components['schemas']['OfficerInput'];

/** The ETag of an officer as listed: the server's ETag is its version in quotes. */
export function officerEtag(o: Officer): string {
  return etagOf(o.version);
}

/** 役員の登録. The key makes a retried submit (a dropped answer) create the officer once. */
export function createOfficer(args: { organizationId: number; body: OfficerInput; idempotencyKey: string }) {
  return unwrap(
    api.POST('/api/v1/organizations/{id}/officers', {
      params: { path: { id: args.organizationId }, header: { 'Idempotency-Key': args.idempotencyKey } },
      body: args.body,
    }),
  );
}

/** PUT replaces every field of the officer; If-Match is the version the form was filled from. */
export function updateOfficer(args: { id: number; etag: string; body: OfficerInput }) {
  return unwrap(
    api.PUT('/api/v1/officers/{id}', {
      params: { path: { id: args.id }, header: args.etag ? { 'If-Match': args.etag } : {} },
      body: args.body,
    }),
  );
}

/** For an officer entered in error; a term that ended is recorded with termEnd instead. */
export function deleteOfficer(args: { id: number; etag: string }) {
  return unwrap(
    api.DELETE('/api/v1/officers/{id}', {
      params: { path: { id: args.id }, header: args.etag ? { 'If-Match': args.etag } : {} },
    }),
  );
}

/** The whole officer as a request body: what a form does not touch is sent back as it was read. */
export function officerInputOf(o: Officer, changes: Partial<OfficerInput> = {}): OfficerInput {
  return {
    role: o.role,
    personName: o.personName ?? '',
    personKana: o.personKana,
    phone: o.phone,
    address: o.address,
    termStart: o.termStart,
    termEnd: o.termEnd,
    ...changes,
  };
}

function useInvalidateOfficers(organizationId: number) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: officersQueryKey(organizationId) });
    // The chairs' list (感謝状) and the history show officers too.
    void queryClient.invalidateQueries({ queryKey: ['officers'] });
    void queryClient.invalidateQueries({ queryKey: ['history'] });
  };
}

export function useCreateOfficer(organizationId: number) {
  const invalidate = useInvalidateOfficers(organizationId);
  return useMutation({
    mutationFn: (input: { body: OfficerInput; idempotencyKey: string }) => createOfficer({ organizationId, ...input }),
    onSettled: invalidate,
  });
}

export function useUpdateOfficer(organizationId: number) {
  const invalidate = useInvalidateOfficers(organizationId);
  return useMutation({ mutationFn: updateOfficer, onSettled: invalidate });
}

export function useDeleteOfficer(organizationId: number) {
  const invalidate = useInvalidateOfficers(organizationId);
  return useMutation({ mutationFn: deleteOfficer, onSettled: invalidate });
}
