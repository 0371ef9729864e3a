import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The Shape Detection API's barcode reader (Chrome on Android); not in TypeScript's DOM library yet. */
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

function barcodeDetector(): BarcodeDetectorConstructor | undefined {
  return (window as unknown as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
}

/** Whether this phone can scan: a barcode reader and a camera. Otherwise the code is typed. */
export function canScanQr(): boolean {
  return !!barcodeDetector() && !!navigator.mediaDevices?.getUserMedia;
}

const SCAN_EVERY_MS = 250;

/** The back camera in a frame; hands over the first QR code it reads, then lets the camera go. */
export function QrScanner({ onResult, onClose }: { onResult: (text: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const Detector = barcodeDetector();
    if (!Detector) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const detector = new Detector({ formats: ['qr_code'] });
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) return;
        video.current.srcObject = media;
        await video.current.play();
        timer = setInterval(() => {
          if (!video.current || video.current.readyState < 2) return;
          detector.detect(video.current).then(
            (codes) => {
              if (!stopped && codes[0]) {
                stopped = true;
                onResult(codes[0].rawValue);
              }
            },
            () => undefined,
          );
        }, SCAN_EVERY_MS);
      })
      .catch(() => setFailed(true));
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [onResult]);

  return (
    <div className="scanner">
      {failed ? (
        <p role="alert">{t('mobile.checkIn.cameraFailed')}</p>
      ) : (
        <video ref={video} className="scanner__video" muted playsInline aria-label={t('mobile.checkIn.camera')} />
      )}
      <button type="button" className="button button--secondary button--big" onClick={onClose}>
        {t('mobile.checkIn.stopScan')}
      </button>
    </div>
  );
}
