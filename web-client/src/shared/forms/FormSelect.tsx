import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { Select, type RefSelectProps, type SelectProps } from 'antd';

type Props = SelectProps & { 'aria-required'?: boolean | 'true' | 'false' };

/**
 * A Select for a required Form.Item field. Form.Item hands its child `aria-required`, and antd's Select
 * copies every aria attribute onto its wrapper <div> as well as onto the combobox input; ARIA does not
 * allow aria-required on a plain div (axe: aria-allowed-attr). This keeps it on the input only, where a
 * screen reader announces the field as required.
 */
export const FormSelect = forwardRef<RefSelectProps, Props>(function FormSelect({ 'aria-required': required, ...props }, ref) {
  const select = useRef<RefSelectProps>(null);
  useImperativeHandle(ref, () => select.current!, []);

  useEffect(() => {
    const input = select.current?.nativeElement?.querySelector('input[role="combobox"]');
    if (!input) return;
    if (required === true || required === 'true') input.setAttribute('aria-required', 'true');
    else input.removeAttribute('aria-required');
  });

  return <Select ref={select} {...props} />;
});
