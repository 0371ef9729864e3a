import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useToast } from '@/components/ui/toast';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { completeFollowUp, getContacts } from '../../api/families-api';
import { dateTimeFormat, formatIsoDate } from '../../format';
import type { Contact } from '../../types';
import { RecordContactForm } from './record-contact-form';
import { Section } from './section';

/** How many contacts the timeline shows before "show all". */
const FIRST = 10;

/** 联系与走访记录: calls and visits, newest first — a liaison's or a volunteer's report — with their follow-ups. */
export function ContactsSection({ familyId, editable }: { familyId: string; editable: boolean }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const contacts = useAsync(() => getContacts(client, familyId), [client, familyId]);
  const [all, setAll] = useState(false);
  const [recording, setRecording] = useState(false);

  return (
    <Section
      id="family-contacts"
      title={t('familyPage.contacts.title')}
      state={contacts}
      isEmpty={(list) => list.length === 0}
      empty={t('familyPage.contacts.none')}
      actions={
        editable &&
        !recording && (
          <button type="button" className="button button--secondary" onClick={() => setRecording(true)}>
            {t('familyPage.record.title')}
          </button>
        )
      }
    >
      {(list) => (
        <>
          {recording && (
            <RecordContactForm
              familyId={familyId}
              onDone={(saved) => {
                setRecording(false);
                if (saved) contacts.reload();
              }}
            />
          )}
          <ol className="timeline" data-testid="contact-timeline">
            {(all ? list : list.slice(0, FIRST)).map((contact) => (
              <ContactItem key={contact.id} familyId={familyId} contact={contact} editable={editable} onChanged={contacts.reload} />
            ))}
          </ol>
          {!all && list.length > FIRST && (
            <button type="button" className="button button--secondary" onClick={() => setAll(true)}>
              {t('familyPage.contacts.showAll', { count: list.length })}
            </button>
          )}
        </>
      )}
    </Section>
  );
}

function ContactItem({ familyId, contact, editable, onChanged }: { familyId: string; contact: Contact; editable: boolean; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const overdue = contact.followUpDue && !contact.followUpDoneAt && contact.followUpDue < new Date().toISOString().slice(0, 10);

  const markDone = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await completeFollowUp(client, familyId, contact.id);
      showToast(t('familyPage.contacts.followUpMarked'));
      onChanged();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <li className="timeline__item">
      <p className="timeline__head">
        <strong>{dateTimeFormat(i18n.language).format(new Date(contact.contactedAt))}</strong>{' '}
        {t(`contactKinds.${contact.kind}`)} · {t(`familyPage.contacts.source.${contact.source}`)}
        {contact.contactedBy && ` · ${contact.contactedBy}`} · {t('familyPage.contacts.minutes', { count: contact.durationMinutes })}
        {contact.location && ` · ${contact.location}`}
      </p>
      <p>
        {contact.wellbeing != null && (
          <span className="tag">{t('familyPage.contacts.wellbeing', { score: contact.wellbeing })}</span>
        )}
        {contact.needsObserved.map((need) => (
          <span key={need} className="tag">
            {t(`needs.${need}`)}
          </span>
        ))}
      </p>
      {contact.notes && <p className="notes">{contact.notes}</p>}
      {contact.followUp && (
        <div className={`follow-up${overdue ? ' follow-up--overdue' : ''}`}>
          <p>
            <strong>{t('familyPage.contacts.followUp')}</strong>
            {contact.followUp}
            {contact.followUpDue && ` (${t('familyPage.contacts.due', { date: formatIsoDate(i18n.language, contact.followUpDue) })})`}
            {contact.followUpDoneAt ? (
              <span className="tag tag--risk-low">{t('familyPage.contacts.followUpDone')}</span>
            ) : overdue ? (
              <span className="tag tag--overdue">{t('familyPage.contacts.followUpOverdue')}</span>
            ) : null}
          </p>
          {editable && !contact.followUpDoneAt && (
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void markDone()}>
              {t('familyPage.contacts.markFollowUpDone')}
            </button>
          )}
          {error !== undefined && <Banner kind="error">{problemMessage(t, error)}</Banner>}
        </div>
      )}
    </li>
  );
}
