import { createRoot } from 'react-dom/client';
import { LessonsPage } from '../../components/LessonsPage';
import '../../components/theme.css';
import '../../components/options.css';

createRoot(document.getElementById('root')!).render(<LessonsPage />);
