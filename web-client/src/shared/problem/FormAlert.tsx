import { Alert } from 'antd';

/** The form-level error: a server message that belongs to no single field. */
export function FormAlert({ message, onClose }: { message: string | null; onClose: () => void }) {
  if (!message) return null;
  return <Alert className="form-alert" type="error" showIcon closable message={message} onClose={onClose} role="alert" />;
}
