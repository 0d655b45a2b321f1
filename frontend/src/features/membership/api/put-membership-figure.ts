import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';
import { membershipFiguresQueryKey } from './get-membership-figures';

export type MembershipFigureInput = components['schemas']['MembershipFigureInput'];

/**
 * Creates or replaces the figure of one fiscal year. Replacing sends If-Match with the version
 * the form was filled from; a first entry for a year has no version to send.
 */
export function putMembershipFigure(args: {
  organizationId: number;
  fiscalYear: number;
  etag: string | undefined;
  body: MembershipFigureInput;
}) {
  return unwrap(
    api.PUT('/api/v1/organizations/{id}/membership-figures/{fiscalYear}', {
      params: {
        path: { id: args.organizationId, fiscalYear: args.fiscalYear },
        header: args.etag ? { 'If-Match': args.etag } : {},
      },
      body: args.body,
    }),
  );
}

export function usePutMembershipFigure(organizationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { fiscalYear: number; etag: string | undefined; body: MembershipFigureInput }) =>
      putMembershipFigure({ organizationId, ...input }),
    onSettled: () => {
      // Figures feed the join rates of the district and the list, and leave an audit trail.
      void queryClient.invalidateQueries({ queryKey: membershipFiguresQueryKey(organizationId) });
      void queryClient.invalidateQueries({ queryKey: ['join-rates'] });
      void queryClient.invalidateQueries({ queryKey: ['districts'] });
      void queryClient.invalidateQueries({ queryKey: ['history'] });
    },
  });
}
