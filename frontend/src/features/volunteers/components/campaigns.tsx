import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useToast } from '@/components/ui/toast';
import { useApiClient } from '@/lib/api-client';
import { can } from '@/lib/auth';
import { useSession } from '@/lib/session';
import { useAsync } from '@/lib/use-async';
import { closeCampaign, listCampaigns } from '../api/volunteers-api';
import type { Campaign } from '../types';

/** 电话活动: each outreach list's progress, and each caller's calls today against the daily target. */
export function Campaigns() {
  const { t } = useTranslation();
  const client = useApiClient();
  const { caller } = useSession();
  const campaigns = useAsync(() => listCampaigns(client), [client]);

  return (
    <section aria-labelledby="campaigns-title">
      <div className="page-header">
        <h1 id="campaigns-title">{t('campaigns.title')}</h1>
        {can(caller, 'campaigns:manage') && (
          <div className="page-header__actions">
            <Link to="/campaigns/new" className="button button--primary">
              {t('campaigns.create')}
            </Link>
          </div>
        )}
      </div>
      <p className="muted">{t('campaigns.intro')}</p>
      {campaigns.error !== undefined && <Banner kind="error">{problemMessage(t, campaigns.error)}</Banner>}
      {campaigns.loading && !campaigns.data && <p className="muted">{t('common.loading')}</p>}
      {campaigns.data && campaigns.data.length === 0 && <p className="empty">{t('campaigns.empty')}</p>}
      {campaigns.data?.map((campaign) => (
        <CampaignCard key={campaign.id} campaign={campaign} onChanged={campaigns.reload} />
      ))}
    </section>
  );
}

function CampaignCard({ campaign, onChanged }: { campaign: Campaign; onChanged: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { caller } = useSession();
  const { showToast } = useToast();
  const [error, setError] = useState<unknown>();
  const { total, done, unreached, pending, claimed, needsFollowUp, calls } = campaign.progress;
  const settled = done + unreached;
  const share = total ? Math.round((settled / total) * 100) : 0;
  const queueUrl = `${window.location.origin}/m/calls/${campaign.id}`;

  const close = async () => {
    setError(undefined);
    try {
      await closeCampaign(client, campaign.id);
      showToast(t('campaigns.closed', { name: campaign.name }));
      onChanged();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <article className="card campaign" aria-labelledby={`campaign-${campaign.id}`}>
      <div className="family-section__header">
        <h2 id={`campaign-${campaign.id}`}>
          {campaign.name} <span className="tag">{t(`callPurposes.${campaign.purpose}`)}</span>
          {campaign.status === 'CLOSED' && <span className="tag">{t('campaigns.statusClosed')}</span>}
        </h2>
        {campaign.status === 'OPEN' && can(caller, 'campaigns:manage') && (
          <button type="button" className="button button--ghost" onClick={() => void close()}>
            {t('campaigns.close')}
          </button>
        )}
      </div>
      {error !== undefined && <Banner kind="error">{problemMessage(t, error)}</Banner>}
      <label className="progress-label" htmlFor={`progress-${campaign.id}`}>
        {t('campaigns.progress', { settled, total, share })}
      </label>
      <progress id={`progress-${campaign.id}`} max={total || 1} value={settled} />
      <p>
        {t('campaigns.breakdown', { done, unreached, pending: pending + claimed, needsFollowUp, calls })}
      </p>
      {campaign.callers.length > 0 && (
        <table className="table table--compact">
          <caption>{t('campaigns.callers')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('campaigns.columns.caller')}</th>
              <th scope="col" className="num">
                {t('campaigns.columns.today')}
              </th>
              <th scope="col" className="num">
                {t('campaigns.columns.calls')}
              </th>
              <th scope="col" className="num">
                {t('campaigns.columns.reached')}
              </th>
            </tr>
          </thead>
          <tbody>
            {campaign.callers.map((c) => (
              <tr key={c.caller}>
                <th scope="row">{c.caller}</th>
                <td className={`num${c.callsToday < c.dailyTarget ? '' : ' ok'}`}>
                  {c.callsToday} / {c.dailyTarget}
                </td>
                <td className="num">{c.calls}</td>
                <td className="num">{c.reached}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {campaign.status === 'OPEN' && (
        <p className="muted">
          {t('campaigns.queueLink')} <span className="mono">{queueUrl}</span>
        </p>
      )}
    </article>
  );
}
