import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';

/** The way to start a collaborative, for those the API lets (today anyone signed in; the rules decide). */
export function NewCollaborativeLink() {
  const t = useT();
  return (
    <Can I="create" a="Collaborative">
      <Button component={Link} to="/collaboratives/new" variant="light">
        {t('admin.new.link')}
      </Button>
    </Can>
  );
}
