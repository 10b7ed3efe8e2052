import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/OptionsApp';
import '../../components/theme.css';
import '../../components/options.css';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
